#!/usr/bin/env python3
"""Generates the CSV files of the import/export benchmark (Python 3 stdlib only).

    gen_data.py --categories CATS.csv --out DIR [--users N] [--listings N]
                [--events N] [--seed S]

writes DIR/users.csv, DIR/listings.csv and DIR/events.csv in the column
layout of `flea export users|listings|events` (the columns the brief asks
for; absent optional columns take their defaults on import). CATS.csv is the
output of `flea category list --format csv`: listings use its sub-category
slugs (the leaves of the tree), so every slug exists in a fresh market.

The output is a pure function of the sizes, the seed and the category list.
Everything is streamed: memory stays flat whatever the sizes.

Shape of the data:
- users: ids 1..N, unique usernames `first.last123`, a place with lat/lon
  (10% without), user 1 is an admin, created 2019-2024.
- listings: ids 1..N, sellers skewed towards active members, about 12% in
  Chinese; English titles 40-60 characters and descriptions 250-350 characters
  of ad text (Chinese ones, denser, 20-35 and 120-200 characters: about the
  same bytes), some with a line break, many with commas (quoted cells), prices
  with two decimals, an original price for ~60%, acquired date for ~70%, 0-4
  tags such as `oak;vintage`, status mostly active, ~4% giveaways (free,
  price 0.00), created 2022-01 .. 2025-06, updated at or after creation.
- events: ids 1..N in time order over 2024-01 .. 2025-06; kinds view 70%,
  search 10%, click 8%, watch 5%, offer 3%, order 2%, purchase 2%; a search
  has a query and no listing, a click both, the rest a listing; members and
  listings skewed (a few popular ones get many events).
"""

import argparse
import csv
import datetime as dt
import os
import random
import sys

# ---------------------------------------------------------------- vocabulary

FIRST = """anna ben carla david emma felix greta hugo ida jonas karin lars maria
nils olga paul quinn rosa sven tina ulla victor wendy xavier yara zoe ahmed bruno
chloe diego elena farid giulia hana ivan julia kenji lena marco nora omar petra
rafael sara tomas uma vera william li wei fang jing lei min yan hui ming xiu""".split()
LAST = """smith muller garcia rossi novak jensen berg kowalski dubois silva moreau
fischer weber wagner becker hoffmann schulz koch bauer richter klein wolf neumann
schwarz zimmermann braun hofmann hartmann lange schmitt werner krause meier lehmann
wang zhang liu chen yang zhao huang zhou wu xu sun ma zhu hu guo he lin luo""".split()
ZH_SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何林罗高"
ZH_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华文"

# (place, lat, lon)
PLACES = [
    ("Amsterdam", 52.3676, 4.9041), ("Rotterdam", 51.9244, 4.4777),
    ("Utrecht", 52.0907, 5.1214), ("Berlin", 52.5200, 13.4050),
    ("Hamburg", 53.5511, 9.9937), ("Munich", 48.1351, 11.5820),
    ("Paris", 48.8566, 2.3522), ("Lyon", 45.7640, 4.8357),
    ("Brussels", 50.8503, 4.3517), ("Copenhagen", 55.6761, 12.5683),
    ("Stockholm", 59.3293, 18.0686), ("Vienna", 48.2082, 16.3738),
    ("Milan", 45.4642, 9.1900), ("Madrid", 40.4168, -3.7038),
    ("Lisbon", 38.7223, -9.1393), ("Dublin", 53.3498, -6.2603),
    ("Warsaw", 52.2297, 21.0122), ("Prague", 50.0755, 14.4378),
    ("Delft campus", 51.9990, 4.3730), ("Leuven campus", 50.8798, 4.7005),
    ("上海", 31.2304, 121.4737), ("北京", 39.9042, 116.4074),
    ("深圳", 22.5431, 114.0579), ("杭州", 30.2741, 120.1551),
    ("成都", 30.5728, 104.0668), ("南京", 32.0603, 118.7969),
]

# Items per top-level category: (English noun phrases, Chinese noun phrases,
# brands, price range in euros, tags).
GROUPS = {
    "phones": (["phone", "smartphone", "tablet", "smartwatch", "charger and case set", "wireless earbuds"],
               ["手机", "平板", "智能手表", "无线耳机", "充电器"],
               ["Apple", "Samsung", "Xiaomi", "Google", "Huawei", "OnePlus", "Nokia", "Fairphone"],
               (15, 900), ["unlocked", "dual-sim", "128gb", "256gb", "boxed", "charger", "case"]),
    "computers": (["laptop", "desktop PC", "27 inch monitor", "mechanical keyboard", "LED TV", "game console"],
                  ["笔记本电脑", "台式机", "显示器", "机械键盘", "电视", "游戏机"],
                  ["Lenovo", "Dell", "HP", "Apple", "Asus", "Acer", "Sony", "Nintendo", "LG"],
                  (20, 1500), ["ssd", "16gb-ram", "4k", "hdmi", "gaming", "office", "boxed"]),
    "furniture": (["oak dining table", "three-seat sofa", "office chair", "double bed frame",
                   "pine wardrobe", "bookcase", "coffee table", "armchair"],
                  ["实木餐桌", "三人沙发", "办公椅", "双人床", "衣柜", "书架", "茶几"],
                  ["IKEA", "Hay", "Muuto", "Vitra", "Habitat", "Made.com", "Gispen"],
                  (10, 700), ["oak", "pine", "vintage", "mid-century", "teak", "leather", "scandinavian"]),
    "clothing": (["wool coat", "denim jacket", "summer dress", "leather boots", "running shoes",
                  "cashmere sweater", "hoodie", "linen shirt"],
                 ["羊毛大衣", "牛仔外套", "连衣裙", "皮靴", "跑鞋", "羊绒毛衣", "卫衣"],
                 ["Zara", "H&M", "Uniqlo", "Levi's", "Nike", "Adidas", "COS", "Patagonia"],
                 (3, 250), ["size-m", "size-s", "size-l", "wool", "cotton", "vintage", "unisex"]),
    "books": (["novel collection", "textbook", "picture book set", "vinyl record", "DVD box set",
               "cookbook", "graphic novel"],
              ["小说", "教材", "绘本", "黑胶唱片", "光碟套装", "菜谱"],
              ["Penguin", "Oxford", "Springer", "Pearson", "Taschen", "Blue Note"],
              (1, 80), ["paperback", "hardcover", "first-edition", "english", "chinese", "classic"]),
    "bikes-sports": (["road bike", "mountain bike", "city bike", "e-bike", "rowing machine",
                      "camping tent", "set of dumbbells", "touring bike"],
                     ["公路车", "山地车", "城市自行车", "电动自行车", "划船机", "帐篷", "哑铃"],
                     ["Trek", "Giant", "Specialized", "Gazelle", "Cube", "Decathlon", "Cannondale"],
                     (20, 2500), ["carbon", "aluminium", "shimano", "56cm", "disc-brakes", "camping"]),
    "kids-toys": (["stroller", "child car seat", "LEGO set", "baby clothes bundle", "kids bike",
                   "wooden toy kitchen", "high chair"],
                  ["婴儿推车", "儿童安全座椅", "乐高", "童装", "儿童自行车", "木制玩具"],
                  ["Bugaboo", "Maxi-Cosi", "LEGO", "Stokke", "Cybex", "Playmobil", "Joolz"],
                  (3, 600), ["isofix", "wooden", "0-12m", "lego", "puzzle", "girls", "boys"]),
    "home-kitchen": (["fridge freezer", "washing machine", "espresso machine", "stand mixer",
                      "robot vacuum", "cast iron pan set", "floor lamp"],
                     ["冰箱", "洗衣机", "咖啡机", "厨师机", "扫地机器人", "铸铁锅", "落地灯"],
                     ["Bosch", "Miele", "Siemens", "De'Longhi", "KitchenAid", "Dyson", "Le Creuset", "Philips"],
                     (5, 900), ["energy-a", "stainless", "cast-iron", "lamp", "coffee", "compact"]),
    "tools": (["cordless drill", "circular saw", "socket set", "aluminium ladder",
               "bag of tile adhesive", "angle grinder", "workbench"],
              ["电钻", "圆锯", "套筒扳手", "铝梯", "角磨机", "工作台"],
              ["Makita", "Bosch", "DeWalt", "Metabo", "Einhell", "Stanley", "Ryobi"],
              (5, 500), ["18v", "battery", "cordless", "diy", "professional", "metric"]),
    "instruments": (["acoustic guitar", "digital piano", "violin 4/4", "alto saxophone",
                     "electronic drum kit", "ukulele", "electric guitar"],
                    ["木吉他", "电钢琴", "小提琴", "萨克斯", "电子鼓", "尤克里里"],
                    ["Yamaha", "Fender", "Gibson", "Roland", "Casio", "Kawai", "Ibanez"],
                    (20, 2000), ["beginner", "case", "strings", "88-keys", "tuned", "vintage"]),
    "vehicle-parts": (["set of winter tyres", "alloy wheels", "dash cam", "motorcycle helmet",
                       "roof box", "car stereo"],
                      ["雪地胎", "轮毂", "行车记录仪", "头盔", "车顶箱"],
                      ["Michelin", "Continental", "Pirelli", "Thule", "Garmin", "Shoei", "Pioneer"],
                      (10, 800), ["winter", "summer", "16-inch", "17-inch", "bluetooth", "xl"]),
    "garden": (["teak garden set", "lawn mower", "kettle barbecue", "olive tree in pot",
                "hedge trimmer", "garden bench"],
               ["户外桌椅", "割草机", "烧烤炉", "橄榄树盆栽", "绿篱机"],
               ["Weber", "Gardena", "Husqvarna", "Stihl", "Fiskars", "Kettler"],
               (5, 600), ["teak", "petrol", "electric", "terracotta", "outdoor", "patio"]),
    "other": (["carry-on suitcase", "leather backpack", "stamp collection", "cat tree",
               "dog crate", "desk organiser", "fountain pen"],
              ["行李箱", "双肩包", "邮票收藏", "猫爬架", "狗笼", "钢笔"],
              ["Samsonite", "Rimowa", "Eastpak", "Montblanc", "Lamy", "Trixie", "Moleskine"],
              (2, 400), ["leather", "collectible", "travel", "cat", "dog", "office", "vintage"]),
}
DEFAULT_GROUP = GROUPS["other"]

ADJ = ["Vintage", "Almost new", "Well kept", "Solid", "Compact", "Sturdy", "Beautiful",
       "Classic", "Lightweight", "Spacious", "Quiet", "Barely used", "Retro", "Modern"]
DETAILS = ["with original box", "incl. charger", "pick up only", "free delivery nearby",
           "great for students", "like new", "minor scratches", "fully working",
           "moving sale", "needs a new home", "from a smoke-free home", "serviced last month",
           "with receipt", "size M", "two available", "price negotiable"]
EN_SENTENCES = [
    "Selling because we are moving abroad next month and cannot take it with us.",
    "Bought it two years ago and used it only a handful of times.",
    "It works perfectly, there are a few light scratches from normal use.",
    "Comes from a smoke-free and pet-free home.",
    "Pick up in the city centre, or I can deliver within 10 km for a small fee.",
    "The original receipt and manual are included.",
    "Price is slightly negotiable, but please no silly offers.",
    "Cleaned and checked, ready to use straight away.",
    "Dimensions and more photos on request, just send me a message.",
    "Great choice for a student room or a first flat.",
    "Some signs of wear on the corners, see the photos.",
    "I replaced the worn parts last spring, so it is in good shape.",
    "Available on weekday evenings and most weekends.",
    "Paid twice as much new; it still has years of life left.",
    "Reserved items are held for 48 hours at most.",
    "Cash or bank transfer on pick-up, thanks!",
]
ZH_ADJ = ["九成新", "几乎全新", "保养很好", "经典款", "轻便", "结实耐用", "搬家急出", "自用"]
ZH_DETAILS = ["带原装盒子", "送充电器", "仅限自提", "同城可送", "适合学生", "无划痕",
              "功能完好", "价格可小刀", "有发票", "两件可选"]
ZH_SENTENCES = [
    "因为下个月要搬家，所以低价转让，有意者请私信。",
    "两年前购买，使用次数不多，功能一切正常。",
    "外观有轻微使用痕迹，不影响使用，详见图片。",
    "无烟无宠物家庭，一直放在室内，保存得很好。",
    "可以在地铁站附近当面交易，也可以同城送货。",
    "原装说明书和发票都在，支持当面验货。",
    "价格可以小刀，但请不要恶意砍价，谢谢。",
    "已经清洁消毒，拿回去就可以直接使用。",
    "工作日晚上和周末都有时间，欢迎来看。",
    "新买的时候价格是现在的两倍多，非常划算。",
    "Cash or WeChat Pay on pick-up.",
]
QUERIES = ["oak table", "road bike", "iphone", "sofa", "winter tyres", "lego", "stroller",
           "desk", "guitar", "laptop", "washing machine", "coat", "lamp", "drill",
           "自行车", "沙发", "手机", "婴儿推车", "电钢琴", "vintage chair", "ikea", "monitor 27",
           "tent", "barbecue", "books", "kids bike", "espresso", "suitcase", "free", "garden"]
CONDITIONS = (["new"] * 5 + ["like_new"] * 20 + ["good"] * 45 + ["fair"] * 20
              + ["poor"] * 7 + ["for_parts"] * 3)
STATUSES = ["active"] * 80 + ["sold"] * 12 + ["withdrawn"] * 6 + ["reserved"] * 2
KINDS = (["view"] * 70 + ["search"] * 10 + ["click"] * 8 + ["watch"] * 5 + ["offer"] * 3
         + ["order"] * 2 + ["purchase"] * 2)

# ---------------------------------------------------------------- helpers

EPOCH = dt.datetime(1970, 1, 1)


def day_prefixes(start, days):
    """'YYYY-MM-DDT' for each day from start: times are formatted without strftime."""
    return [(start + dt.timedelta(days=d)).strftime("%Y-%m-%dT") for d in range(days + 1)]


HMS = None


def hms(sec):
    global HMS
    if HMS is None:
        HMS = [f"{h:02d}:{m:02d}:" for h in range(24) for m in range(60)]
    return f"{HMS[sec // 60]}{sec % 60:02d}Z"


class Clock:
    """RFC 3339 UTC times ('YYYY-MM-DDTHH:MM:SSZ') over a span of days."""

    def __init__(self, start, days):
        self.prefix = day_prefixes(start, days)
        self.span = days * 86400

    def at(self, offset):
        offset = max(0, min(int(offset), self.span - 1))
        return self.prefix[offset // 86400] + hms(offset % 86400)


def fit(rng, parts, lo, hi, sep):
    """Joins distinct parts, in random order, until the text is lo..hi characters long."""
    text = ""
    for p in rng.sample(parts, len(parts)):
        cand = p if not text else text + sep + p
        if len(cand) > hi:
            continue
        text = cand
        if len(text) >= lo:
            break
    return text


def jitter(rng, x):
    """A coordinate near x, written as flea's export writes an f64 (Rust's
    shortest round-trip text, without a trailing '.0': 52, not 52.0)."""
    text = repr(round(x + rng.uniform(-0.05, 0.05), 5))
    return text[:-2] if text.endswith(".0") else text


def load_categories(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    leaves = [(r["slug"], r["parent"]) for r in rows if r.get("parent")]
    if not leaves:
        sys.exit(f"{path}: no sub-categories found (is it `flea category list --format csv`?)")
    return leaves


# ---------------------------------------------------------------- generators


def gen_users(path, n, rng):
    clock = Clock(dt.datetime(2019, 1, 1), 6 * 365)
    names = []
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "username", "display_name", "place", "lat", "lon", "admin", "demo", "created_at"])
        for i in range(1, n + 1):
            first, last = rng.choice(FIRST), rng.choice(LAST)
            username = f"{first}.{last}{i}" if rng.random() < 0.7 else f"{first}_{i}"
            names.append(username)
            if rng.random() < 0.15:
                display = rng.choice(ZH_SURNAMES) + "".join(rng.choices(ZH_GIVEN, k=rng.randint(1, 2)))
            else:
                display = f"{first.title()} {last.title()}"
            if rng.random() < 0.9:
                place, lat, lon = rng.choice(PLACES)
                lat, lon = jitter(rng, lat), jitter(rng, lon)
            else:
                place, lat, lon = "", "", ""
            w.writerow([i, username, display, place, lat, lon,
                        "true" if i == 1 else "false", "false",
                        clock.at(rng.randrange(clock.span))])
    return names


ACQ_OFFSET = (dt.datetime(2022, 1, 1) - dt.datetime(2018, 1, 1)).days
ACQUIRED = [p[:10] for p in day_prefixes(dt.datetime(2018, 1, 1), ACQ_OFFSET + 3 * 365 + 181)]


def gen_listings(path, n, users, leaves, rng):
    clock = Clock(dt.datetime(2022, 1, 1), 3 * 365 + 181)
    nu = len(users)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "seller", "title", "description", "category", "condition", "price",
                    "original_price", "acquired_on", "quantity", "tags", "lat", "lon", "place",
                    "status", "free", "created_at", "updated_at"])
        for i in range(1, n + 1):
            slug, parent = rng.choice(leaves)
            en_items, zh_items, brands, (pmin, pmax), tagpool = GROUPS.get(parent, DEFAULT_GROUP)
            seller = users[int(nu * rng.random() ** 2)]
            brand = rng.choice(brands)
            if rng.random() < 0.12:  # Chinese ad
                item = rng.choice(zh_items)
                head = f"{rng.choice(ZH_ADJ)} {brand} {item}"
                title = fit(rng, ZH_DETAILS, 20 - len(head) - 1, 35 - len(head) - 1, "，")
                title = f"{head} {title}"
                desc = f"{brand}{item}，{rng.choice(ZH_DETAILS)}。" + fit(rng, ZH_SENTENCES, 110, 190, "")
            else:
                item = rng.choice(en_items)
                head = f"{rng.choice(ADJ)} {brand} {item}"
                title = fit(rng, DETAILS, 40 - len(head) - 2, 60 - len(head) - 2, ", ")
                title = f"{head}, {title}" if title else head
                body = fit(rng, EN_SENTENCES, 220, 295, " ")
                desc = f"{brand} {item}, {rng.choice(DETAILS)}. {body}"
                if rng.random() < 0.1:
                    desc = desc.replace(". ", ".\n", 1)
            free = rng.random() < 0.04
            cents = 0 if free else rng.randint(pmin * 100, pmax * 100) // 50 * 50
            price = f"{cents // 100}.{cents % 100:02d}"
            if rng.random() < 0.6:
                oc = max(cents, 100) * rng.randint(15, 40) // 10
                original = f"{oc // 100}.{oc % 100:02d}"
            else:
                original = ""
            created = rng.randrange(clock.span)
            # acquired 1 month to ~4 years before listing
            acquired = ACQUIRED[ACQ_OFFSET + created // 86400 - rng.randint(30, 1400)] \
                if rng.random() < 0.7 else ""
            tags = ";".join(sorted(set(rng.sample(tagpool, rng.randint(0, 4)))))
            if rng.random() < 0.9:
                place, lat, lon = rng.choice(PLACES)
                lat, lon = jitter(rng, lat), jitter(rng, lon)
            else:
                place, lat, lon = "", "", ""
            status = rng.choice(STATUSES)
            updated = created if rng.random() < 0.6 else created + rng.randrange(0, 60 * 86400)
            w.writerow([i, seller, title, desc, slug, rng.choice(CONDITIONS), price, original,
                        acquired, 1 if rng.random() < 0.9 else rng.randint(2, 5), tags, lat, lon,
                        place, status, "true" if free else "false",
                        clock.at(created), clock.at(updated)])


def gen_events(path, n, users, n_listings, rng):
    clock = Clock(dt.datetime(2024, 1, 1), 547)
    nu, nl = len(users), n_listings
    step = clock.span / max(n, 1)
    rand = rng.random
    with open(path, "w", newline="", encoding="utf-8", buffering=1 << 20) as f:
        f.write("id,kind,user,listing_id,query,at\n")
        buf = []
        for i in range(1, n + 1):
            kind = KINDS[int(rand() * 100)]
            user = users[int(nu * rand() ** 2)]
            if kind == "search":
                listing, query = "", QUERIES[int(rand() * len(QUERIES))]
            elif kind == "click":
                listing, query = str(int(nl * rand() ** 3) + 1), QUERIES[int(rand() * len(QUERIES))]
            else:
                listing, query = str(int(nl * rand() ** 3) + 1), ""
            buf.append(f"{i},{kind},{user},{listing},{query},{clock.at(i * step)}\n")
            if len(buf) >= 10000:
                f.write("".join(buf))
                buf.clear()
        f.write("".join(buf))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--categories", required=True, help="output of `flea category list --format csv`")
    ap.add_argument("--out", required=True, help="directory for users.csv, listings.csv, events.csv")
    ap.add_argument("--users", type=int, default=100_000)
    ap.add_argument("--listings", type=int, default=1_000_000)
    ap.add_argument("--events", type=int, default=10_000_000)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    if a.users < 1 or a.listings < 1 or a.events < 0:
        sys.exit("sizes: at least 1 user and 1 listing")
    leaves = load_categories(a.categories)
    os.makedirs(a.out, exist_ok=True)
    # One generator per file, so each file depends only on the seed and sizes.
    t0 = dt.datetime.now()
    users = gen_users(os.path.join(a.out, "users.csv"), a.users, random.Random(f"{a.seed}/users"))
    print(f"gen_data: {a.users} users ({dt.datetime.now() - t0})", file=sys.stderr)
    gen_listings(os.path.join(a.out, "listings.csv"), a.listings, users, leaves,
                 random.Random(f"{a.seed}/listings"))
    print(f"gen_data: {a.listings} listings ({dt.datetime.now() - t0})", file=sys.stderr)
    gen_events(os.path.join(a.out, "events.csv"), a.events, users, a.listings,
               random.Random(f"{a.seed}/events"))
    print(f"gen_data: {a.events} events ({dt.datetime.now() - t0})", file=sys.stderr)


if __name__ == "__main__":
    main()
