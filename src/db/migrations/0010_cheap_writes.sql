-- Nothing reads events through these indexes yet; each cost about 0.6 s per
-- million events on import and a b-tree insert per recorded event. The
-- commands that come to read events add the index their query needs.
DROP INDEX IF EXISTS events_user;
DROP INDEX IF EXISTS events_listing;
