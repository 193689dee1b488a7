-- Text the search index sees besides title and description, kept in the
-- listing row so that FTS triggers have old and new values at hand:
-- tags and category names as words, and CJK text cut into words by jieba.
ALTER TABLE listings ADD COLUMN tags_text TEXT NOT NULL DEFAULT '';
ALTER TABLE listings ADD COLUMN category_text TEXT NOT NULL DEFAULT '';
ALTER TABLE listings ADD COLUMN cjk_text TEXT NOT NULL DEFAULT '';
-- A category's Chinese name cut into words, filled in by flea (jieba).
ALTER TABLE categories ADD COLUMN name_zh_words TEXT NOT NULL DEFAULT '';

UPDATE listings SET
    tags_text = coalesce((SELECT group_concat(tag, ' ') FROM listing_tags WHERE listing_id = listings.id), '');

