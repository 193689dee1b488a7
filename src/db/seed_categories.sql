-- Default category tree and per-item impact factors for a new flea market.
-- Data only: plain INSERTs, run once when the market is created.
-- Ids: top level 1..13, sub-categories 101.. in blocks of ten per parent.
-- kg_co2e = emissions of producing (and distributing) one new equivalent item,
-- kg_waste = typical mass of one item. Sources and caveats: docs/impact-factors.md.

INSERT INTO categories (id, slug, parent_id, name_en, name_zh, position) VALUES
  (1, 'phones', NULL, 'Phones & tablets', '手机平板', 1),
  (2, 'computers', NULL, 'Computers & electronics', '电脑数码', 2),
  (3, 'furniture', NULL, 'Furniture', '家具', 3),
  (4, 'clothing', NULL, 'Clothing & shoes', '服装鞋靴', 4),
  (5, 'books', NULL, 'Books & media', '图书音像', 5),
  (6, 'bikes-sports', NULL, 'Bikes & sports', '自行车与运动', 6),
  (7, 'kids-toys', NULL, 'Kids & toys', '母婴玩具', 7),
  (8, 'home-kitchen', NULL, 'Home & kitchen', '家居厨房', 8),
  (9, 'tools', NULL, 'Tools & DIY', '五金工具', 9),
  (10, 'instruments', NULL, 'Musical instruments', '乐器', 10),
  (11, 'vehicle-parts', NULL, 'Vehicle parts', '汽车配件', 11),
  (12, 'garden', NULL, 'Garden', '园艺', 12),
  (13, 'other', NULL, 'Other', '其他', 13);

-- phones
INSERT INTO categories (id, slug, parent_id, name_en, name_zh, position) VALUES
  (101, 'smartphones', 1, 'Smartphones', '智能手机', 1),
  (102, 'basic-phones', 1, 'Basic phones', '功能手机', 2),
  (103, 'tablets', 1, 'Tablets', '平板电脑', 3),
  (104, 'smartwatches', 1, 'Smartwatches', '智能手表', 4),
  (105, 'phone-accessories', 1, 'Phone accessories & earphones', '手机配件', 5);

-- computers
INSERT INTO categories (id, slug, parent_id, name_en, name_zh, position) VALUES
  (111, 'laptops', 2, 'Laptops', '笔记本电脑', 1),
  (112, 'desktop-computers', 2, 'Desktop computers', '台式电脑', 2),
  (113, 'monitors', 2, 'Monitors', '显示器', 3),
  (114, 'computer-accessories', 2, 'Computer accessories', '电脑配件', 4),
  (115, 'televisions', 2, 'Televisions', '电视机', 5),
  (116, 'game-consoles', 2, 'Game consoles', '游戏机', 6);

-- furniture
INSERT INTO categories (id, slug, parent_id, name_en, name_zh, position) VALUES
  (121, 'sofas', 3, 'Sofas', '沙发', 1),
  (122, 'chairs', 3, 'Chairs', '椅子', 2),
  (123, 'tables', 3, 'Tables', '桌子', 3),
  (124, 'beds', 3, 'Beds', '床', 4),
  (125, 'wardrobes', 3, 'Wardrobes', '衣柜', 5);

-- clothing
INSERT INTO categories (id, slug, parent_id, name_en, name_zh, position) VALUES
  (131, 'tops', 4, 'Tops & shirts', '上衣', 1),
  (132, 'trousers-jeans', 4, 'Trousers & jeans', '裤子', 2),
  (133, 'dresses', 4, 'Dresses', '连衣裙', 3),
  (134, 'knitwear', 4, 'Sweaters & hoodies', '毛衣卫衣', 4),
  (135, 'coats-jackets', 4, 'Coats & jackets', '外套', 5),
  (136, 'shoes', 4, 'Shoes', '鞋子', 6);

-- books
INSERT INTO categories (id, slug, parent_id, name_en, name_zh, position) VALUES
  (141, 'novels', 5, 'Novels & general books', '小说文学', 1),
  (142, 'textbooks', 5, 'Textbooks', '教材教辅', 2),
  (143, 'childrens-books', 5, 'Children''s books', '童书绘本', 3),
  (144, 'music-movies', 5, 'CDs, DVDs & vinyl', '唱片光碟', 4);

-- bikes-sports
INSERT INTO categories (id, slug, parent_id, name_en, name_zh, position) VALUES
  (151, 'road-bikes', 6, 'Road bikes', '公路自行车', 1),
  (152, 'mountain-bikes', 6, 'Mountain bikes', '山地自行车', 2),
  (153, 'city-bikes', 6, 'City bikes', '城市自行车', 3),
  (154, 'e-bikes', 6, 'Electric bikes', '电动自行车', 4),
  (155, 'fitness-equipment', 6, 'Fitness equipment', '健身器材', 5),
  (156, 'outdoor-gear', 6, 'Camping & outdoor gear', '户外装备', 6);

-- kids-toys
INSERT INTO categories (id, slug, parent_id, name_en, name_zh, position) VALUES
  (161, 'strollers', 7, 'Strollers', '婴儿推车', 1),
  (162, 'car-seats', 7, 'Child car seats', '儿童安全座椅', 2),
  (163, 'kids-clothing', 7, 'Kids'' clothing', '童装', 3),
  (164, 'toys', 7, 'Toys', '玩具', 4),
  (165, 'kids-bikes', 7, 'Kids'' bikes', '儿童自行车', 5);

-- home-kitchen
INSERT INTO categories (id, slug, parent_id, name_en, name_zh, position) VALUES
  (171, 'fridges', 8, 'Fridges', '冰箱', 1),
  (172, 'washing-machines', 8, 'Washing machines', '洗衣机', 2),
  (173, 'small-kitchen-appliances', 8, 'Small kitchen appliances', '厨房小家电', 3),
  (174, 'vacuum-cleaners', 8, 'Vacuum cleaners', '吸尘器', 4),
  (175, 'cookware', 8, 'Cookware', '锅具厨具', 5),
  (176, 'home-decor', 8, 'Home decor & lighting', '家居装饰', 6);

-- tools
INSERT INTO categories (id, slug, parent_id, name_en, name_zh, position) VALUES
  (181, 'power-tools', 9, 'Power tools', '电动工具', 1),
  (182, 'hand-tools', 9, 'Hand tools', '手动工具', 2),
  (183, 'ladders', 9, 'Ladders', '梯子', 3),
  (184, 'building-materials', 9, 'Building materials', '建材', 4);

-- instruments
INSERT INTO categories (id, slug, parent_id, name_en, name_zh, position) VALUES
  (191, 'guitars', 10, 'Guitars', '吉他', 1),
  (192, 'pianos-keyboards', 10, 'Digital pianos & keyboards', '电钢琴电子琴', 2),
  (193, 'string-instruments', 10, 'Violins & string instruments', '提琴弦乐器', 3),
  (194, 'wind-instruments', 10, 'Wind instruments', '管乐器', 4),
  (195, 'drums', 10, 'Drums & percussion', '架子鼓打击乐', 5);

-- vehicle-parts
INSERT INTO categories (id, slug, parent_id, name_en, name_zh, position) VALUES
  (201, 'tyres', 11, 'Tyres', '轮胎', 1),
  (202, 'wheels-rims', 11, 'Wheels & rims', '轮毂', 2),
  (203, 'car-electronics', 11, 'Car electronics', '车载电子', 3),
  (204, 'motorcycle-gear', 11, 'Motorcycle gear', '摩托车装备', 4);

-- garden
INSERT INTO categories (id, slug, parent_id, name_en, name_zh, position) VALUES
  (211, 'garden-furniture', 12, 'Garden furniture', '户外家具', 1),
  (212, 'lawn-mowers', 12, 'Lawn mowers', '割草机', 2),
  (213, 'bbq-grills', 12, 'Barbecues & grills', '烧烤炉', 3),
  (214, 'plants-pots', 12, 'Plants & pots', '绿植花盆', 4),
  (215, 'garden-tools', 12, 'Garden tools', '园艺工具', 5);

-- other
INSERT INTO categories (id, slug, parent_id, name_en, name_zh, position) VALUES
  (221, 'bags-luggage', 13, 'Bags & luggage', '箱包', 1),
  (222, 'collectibles', 13, 'Collectibles', '收藏品', 2),
  (223, 'pet-supplies', 13, 'Pet supplies', '宠物用品', 3),
  (224, 'stationery-office', 13, 'Stationery & office supplies', '文具办公', 4);

-- Impact factors: one row per category.
-- A top-level row (used for items filed directly under the parent) copies the
-- factors of one typical, mid-range sub-category, named in its comment.
INSERT INTO impact_factors (category_id, kg_co2e, kg_waste, source) VALUES
  (1, 85.1, 0.19, 'ademe-arcep-2022'), -- phones: as smartphones
  (2, 182.6, 2.0, 'ademe-arcep-2022'), -- computers: as laptops
  (3, 80.2, 50.0, 'ademe-2018'), -- furniture: as tables
  (4, 22.7, 0.6, 'ademe-2018'), -- clothing: as trousers-jeans
  (5, 0.8, 0.25, 'ademe-culture'), -- books: as novels
  (6, 96.0, 18.0, 'ecf-2011'), -- bikes-sports: as city-bikes
  (7, 3.0, 0.5, 'estimate'), -- kids-toys: as toys
  (8, 29.5, 3.0, 'ademe-2018'), -- home-kitchen: as small-kitchen-appliances
  (9, 20.0, 2.0, 'estimate'), -- tools: as power-tools
  (10, 20.0, 3.0, 'estimate'), -- instruments: as guitars
  (11, 30.0, 9.0, 'estimate'), -- vehicle-parts: as tyres
  (12, 3.0, 1.5, 'estimate'), -- garden: as garden-tools
  (13, 2.0, 0.5, 'estimate'); -- other: as collectibles

-- phones
INSERT INTO impact_factors (category_id, kg_co2e, kg_waste, source) VALUES
  (101, 85.1, 0.19, 'ademe-arcep-2022'), -- smartphones: manufacture 83.0 + assembly and distribution 2.1, mass is a typical 6.1-6.7 inch phone
  (102, 23.3, 0.09, 'ademe-arcep-2022'), -- basic-phones: ADEME 'téléphone basique' manufacture figure
  (103, 59.7, 0.5, 'ademe-arcep-2022'), -- tablets: manufacture 56.3 + distribution 3.4 (10.5 inch average tablet)
  (104, 28.0, 0.05, 'estimate'), -- smartwatches: about 1/3 of a smartphone: smaller board, screen and battery
  (105, 2.0, 0.1, 'estimate'); -- phone-accessories: mix of chargers (ADEME: 0.3 per phone charger), cases, cables and earphones

-- computers
INSERT INTO impact_factors (category_id, kg_co2e, kg_waste, source) VALUES
  (111, 182.6, 2.0, 'ademe-arcep-2022'), -- laptops: manufacture 170.3 + distribution 12.3 (14.6 inch average laptop)
  (112, 261.5, 8.0, 'ademe-arcep-2022'), -- desktop-computers: tower without screen: manufacture 258.6 + distribution 2.9
  (113, 65.9, 5.0, 'ademe-arcep-2022'), -- monitors: 24 inch average screen: manufacture 64.6 + distribution 1.3
  (114, 11.6, 0.3, 'ademe-arcep-2022'), -- computer-accessories: external hard disk (11.5 + 0.1) taken as the representative accessory
  (115, 375.8, 12.0, 'ademe-arcep-2022'), -- televisions: mostly 45 inch LCD mix: manufacture 372.6 + distribution 3.2
  (116, 89.0, 3.0, 'verge-2019'); -- game-consoles: production of one PlayStation 4 as estimated by The Verge

-- furniture
INSERT INTO impact_factors (category_id, kg_co2e, kg_waste, source) VALUES
  (121, 179.0, 43.0, 'ademe-2018'), -- sofas: fabric sofa, mass is ADEME's bill of materials
  (122, 18.6, 9.6, 'ademe-2018'), -- chairs: wooden chair, mass is ADEME's bill of materials
  (123, 80.2, 50.0, 'ademe-2018'), -- tables: 4-seat wooden table, mass is ADEME's bill of materials
  (124, 147.0, 55.0, 'ademe-2018'), -- beds: bed frame only (cradle-to-grave), second-hand beds are usually sold without a mattress
  (125, 907.0, 307.0, 'ademe-2018'); -- wardrobes: ADEME's representative wardrobe is a large solid one (307 kg), flat-pack ones are far lighter

-- clothing
INSERT INTO impact_factors (category_id, kg_co2e, kg_waste, source) VALUES
  (131, 7.5, 0.2, 'ademe-2018'), -- tops: mean of cotton t-shirt 5.1, polyester t-shirt 5.2, polo 8.3, cotton shirt 11.3
  (132, 22.7, 0.6, 'ademe-2018'), -- trousers-jeans: ADEME jeans
  (133, 48.2, 0.4, 'ademe-2018'), -- dresses: mean of cotton, polyester and viscose dresses
  (134, 35.3, 0.5, 'ademe-2018'), -- knitwear: mean of wool sweater 52.9, acrylic sweater 25.6, cotton sweatshirt 27.4
  (135, 49.4, 1.0, 'ademe-2018'), -- coats-jackets: mean of coat 85.7, rain jacket 38.7, faux-leather jacket 23.9
  (136, 16.4, 0.8, 'ademe-2018'); -- shoes: per pair: mean of leather, fabric and sports shoes

-- books
INSERT INTO impact_factors (category_id, kg_co2e, kg_waste, source) VALUES
  (141, 0.8, 0.25, 'ademe-culture'), -- novels: ADEME paperback: raw materials 0.68 + distribution 0.11
  (142, 2.5, 0.8, 'estimate'), -- textbooks: paperback factor scaled by mass (0.8 kg vs 0.25 kg)
  (143, 1.0, 0.35, 'estimate'), -- childrens-books: paperback factor scaled up for hardback picture books
  (144, 0.5, 0.15, 'estimate'); -- music-movies: disc, case and printed sleeve

-- bikes-sports
INSERT INTO impact_factors (category_id, kg_co2e, kg_waste, source) VALUES
  (151, 96.0, 9.0, 'ecf-2011'), -- road-bikes: ECF per-bicycle production figure, lighter frames but more aluminium/carbon
  (152, 96.0, 14.0, 'ecf-2011'), -- mountain-bikes: ECF per-bicycle production figure
  (153, 96.0, 18.0, 'ecf-2011'), -- city-bikes: ECF per-bicycle production figure (a typical Dutch city bike)
  (154, 200.0, 25.0, 'dolci-2024'), -- e-bikes: middle of the 107-287 kg range for European- and Chinese-made e-bikes
  (155, 60.0, 25.0, 'estimate'), -- fitness-equipment: mostly steel, about 2.4 kg CO2e per kg
  (156, 19.4, 1.2, 'decathlon'); -- outdoor-gear: Decathlon average for a backpack, taken as the representative item

-- kids-toys
INSERT INTO impact_factors (category_id, kg_co2e, kg_waste, source) VALUES
  (161, 50.0, 10.0, 'estimate'), -- strollers: aluminium/steel frame, plastics and textiles, about 5 kg CO2e per kg
  (162, 20.0, 5.0, 'estimate'), -- car-seats: plastic shell, EPS foam and textile, about 4 kg CO2e per kg
  (163, 3.0, 0.15, 'estimate'), -- kids-clothing: about 0.4 of the adult tops factor, by mass
  (164, 3.0, 0.5, 'estimate'), -- toys: mostly plastic, about 6 kg CO2e per kg including moulding and packaging
  (165, 40.0, 8.0, 'estimate'); -- kids-bikes: ECF 96 kg per bicycle scaled by mass (8 kg vs 18 kg)

-- home-kitchen
INSERT INTO impact_factors (category_id, kg_co2e, kg_waste, source) VALUES
  (171, 254.7, 60.0, 'ademe-2018'), -- fridges: raw materials to distribution, excludes use-phase electricity
  (172, 295.7, 70.0, 'ademe-2018'), -- washing-machines: 7 kg washer, raw materials to distribution, excludes use phase
  (173, 29.5, 3.0, 'ademe-2018'), -- small-kitchen-appliances: mean of kettle 9.7, filter coffee maker 31.5, espresso machine 47.1
  (174, 47.3, 6.0, 'ademe-2018'), -- vacuum-cleaners: ADEME vacuum cleaner
  (175, 6.0, 1.5, 'estimate'), -- cookware: steel/aluminium pans, about 4 kg CO2e per kg
  (176, 5.0, 2.0, 'estimate'); -- home-decor: mixed glass, metal, ceramics and textiles, about 2.5 kg CO2e per kg

-- tools
INSERT INTO impact_factors (category_id, kg_co2e, kg_waste, source) VALUES
  (181, 20.0, 2.0, 'estimate'), -- power-tools: motor, gearbox, electronics and a Li-ion battery pack
  (182, 3.0, 1.0, 'estimate'), -- hand-tools: mostly steel, about 3 kg CO2e per kg
  (183, 50.0, 6.0, 'estimate'), -- ladders: aluminium, about 8 kg CO2e per kg
  (184, 10.0, 20.0, 'estimate'); -- building-materials: one lot (e.g. a box of tiles, timber offcuts), about 0.5 kg CO2e per kg

-- instruments
INSERT INTO impact_factors (category_id, kg_co2e, kg_waste, source) VALUES
  (191, 20.0, 3.0, 'estimate'), -- guitars: wood body and neck, steel hardware, case excluded
  (192, 60.0, 12.0, 'estimate'), -- pianos-keyboards: electronics and plastics, acoustic pianos are far heavier and not covered
  (193, 8.0, 1.5, 'estimate'), -- string-instruments: violin-size instrument with bow
  (194, 25.0, 3.0, 'estimate'), -- wind-instruments: brass or woodwind with case, about 8 kg CO2e per kg
  (195, 60.0, 20.0, 'estimate'); -- drums: kit of wooden shells and steel hardware, about 3 kg CO2e per kg

-- vehicle-parts
INSERT INTO impact_factors (category_id, kg_co2e, kg_waste, source) VALUES
  (201, 30.0, 9.0, 'estimate'), -- tyres: passenger car tyre: rubber, carbon black, steel cord, about 3.5 kg CO2e per kg
  (202, 90.0, 10.0, 'estimate'), -- wheels-rims: cast aluminium alloy wheel, about 9 kg CO2e per kg
  (203, 15.0, 1.0, 'estimate'), -- car-electronics: dash cams, head units, GPS, close to a small speaker or hard disk
  (204, 15.0, 1.5, 'estimate'); -- motorcycle-gear: helmets and riding jackets, between a bike helmet and a coat

-- garden
INSERT INTO impact_factors (category_id, kg_co2e, kg_waste, source) VALUES
  (211, 180.7, 38.3, 'ademe-2018'), -- garden-furniture: mean of wood, metal and woven-resin garden sets (table + chairs), cradle-to-grave
  (212, 80.0, 25.0, 'estimate'), -- lawn-mowers: steel deck, motor or engine, plastics, about 3 kg CO2e per kg
  (213, 40.0, 15.0, 'estimate'), -- bbq-grills: mostly steel, about 2.5 kg CO2e per kg
  (214, 2.0, 2.0, 'estimate'), -- plants-pots: ceramic or terracotta pot, about 1 kg CO2e per kg
  (215, 3.0, 1.5, 'estimate'); -- garden-tools: as hand tools

-- other
INSERT INTO impact_factors (category_id, kg_co2e, kg_waste, source) VALUES
  (221, 19.4, 1.5, 'decathlon'), -- bags-luggage: Decathlon average for a backpack, taken as the representative bag
  (222, 2.0, 0.5, 'estimate'), -- collectibles: small objects (coins, figurines, cards), deliberately low
  (223, 5.0, 2.0, 'estimate'), -- pet-supplies: cages, beds, carriers, mixed plastics and textiles
  (224, 2.0, 0.5, 'estimate'); -- stationery-office: mixed paper, plastic and metal items
