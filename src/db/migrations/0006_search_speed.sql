-- Search reads listings through these: the filter and sort columns of every
-- match come from one narrow index instead of the wide listing rows.
CREATE INDEX listings_facts ON listings (id, status, price_cents, condition, is_free, category_id, seller_id, created_at, lat, lon);
-- Browsing a category, newest first.
CREATE INDEX listings_browse ON listings (status, category_id, created_at);
