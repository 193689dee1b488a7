-- Text the search index sees besides title and description, kept in the
-- listing row so that FTS triggers have old and new values at hand:
-- tags and category names as words, and CJK text cut into words by jieba.
ALTER TABLE listings ADD COLUMN tags_text TEXT NOT NULL DEFAULT '';
ALTER TABLE listings ADD COLUMN category_text TEXT NOT NULL DEFAULT '';
ALTER TABLE listings ADD COLUMN cjk_text TEXT NOT NULL DEFAULT '';

UPDATE listings SET
    tags_text = coalesce((SELECT group_concat(tag, ' ') FROM listing_tags WHERE listing_id = listings.id), ''),
    category_text = (SELECT c.slug || ' ' || c.name_en || ' ' || c.name_zh || coalesce(' ' || p.name_en || ' ' || p.name_zh, '')
                     FROM categories c LEFT JOIN categories p ON p.id = c.parent_id
                     WHERE c.id = listings.category_id);

