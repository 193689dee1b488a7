-- Running totals of all ratings, so the market mean behind every reputation
-- is one row away instead of a scan of every review.
CREATE TABLE review_stats (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    reviews     INTEGER NOT NULL CHECK (reviews >= 0),
    rating_sum  INTEGER NOT NULL CHECK (rating_sum >= 0)
);
INSERT INTO review_stats (id, reviews, rating_sum) SELECT 1, count(*), coalesce(sum(rating), 0) FROM reviews;

CREATE TRIGGER review_stats_insert AFTER INSERT ON reviews BEGIN
    UPDATE review_stats SET reviews = reviews + 1, rating_sum = rating_sum + new.rating WHERE id = 1;
END;
CREATE TRIGGER review_stats_delete AFTER DELETE ON reviews BEGIN
    UPDATE review_stats SET reviews = reviews - 1, rating_sum = rating_sum - old.rating WHERE id = 1;
END;
CREATE TRIGGER review_stats_update AFTER UPDATE OF rating ON reviews BEGIN
    UPDATE review_stats SET rating_sum = rating_sum - old.rating + new.rating WHERE id = 1;
END;
