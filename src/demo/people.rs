//! The demo's members: names, places around real cities, join dates and the
//! tastes planted in them (categories, price band, activity, seller quality).

use super::catalogue::Catalogue;
use super::rng::{Rng, pick_cumulative};
use std::collections::HashSet;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Zh,
}

pub struct City {
    pub name: &'static str,
    pub lang: Lang,
    pub lat: f64,
    pub lon: f64,
    pub weight: f64,
    pub districts: &'static [&'static str],
}

#[rustfmt::skip]
pub const CITIES: &[City] = &[
    City { name: "London", lang: Lang::En, lat: 51.5074, lon: -0.1278, weight: 0.20,
           districts: &["Camden", "Hackney", "Islington", "Brixton", "Clapham", "Walthamstow"] },
    City { name: "Manchester", lang: Lang::En, lat: 53.4808, lon: -2.2426, weight: 0.08,
           districts: &["Didsbury", "Chorlton", "Ancoats", "Levenshulme"] },
    City { name: "Dublin", lang: Lang::En, lat: 53.3498, lon: -6.2603, weight: 0.06,
           districts: &["Rathmines", "Drumcondra", "Phibsborough", "Ranelagh"] },
    City { name: "New York", lang: Lang::En, lat: 40.7128, lon: -74.0060, weight: 0.14,
           districts: &["Brooklyn", "Queens", "Harlem", "Astoria", "Williamsburg"] },
    City { name: "Toronto", lang: Lang::En, lat: 43.6532, lon: -79.3832, weight: 0.07,
           districts: &["Leslieville", "The Annex", "Kensington Market", "Riverdale"] },
    City { name: "上海", lang: Lang::Zh, lat: 31.2304, lon: 121.4737, weight: 0.16,
           districts: &["徐汇区", "浦东新区", "静安区", "杨浦区", "闵行区"] },
    City { name: "北京", lang: Lang::Zh, lat: 39.9042, lon: 116.4074, weight: 0.12,
           districts: &["海淀区", "朝阳区", "东城区", "丰台区"] },
    City { name: "成都", lang: Lang::Zh, lat: 30.5728, lon: 104.0668, weight: 0.06,
           districts: &["武侯区", "锦江区", "高新区"] },
    City { name: "深圳", lang: Lang::Zh, lat: 22.5431, lon: 114.0579, weight: 0.06,
           districts: &["南山区", "福田区", "宝安区"] },
    City { name: "杭州", lang: Lang::Zh, lat: 30.2741, lon: 120.1551, weight: 0.05,
           districts: &["西湖区", "滨江区", "拱墅区"] },
];

const EN_FIRST: &[&str] = &[
    "emma", "olivia", "amelia", "isla", "ava", "mia", "sophie", "grace", "lily", "chloe", "ella", "freya", "jack",
    "oliver", "harry", "george", "noah", "leo", "charlie", "oscar", "james", "william", "thomas", "henry", "alfie",
    "liam", "ethan", "lucas", "mason", "aiden", "sarah", "laura", "hannah", "rachel", "emily", "jessica", "megan",
    "katie", "david", "daniel", "michael", "chris", "matt", "tom", "ben", "sam", "joe", "alex", "ryan", "sean",
    "priya", "aisha", "omar", "zoe", "nina",
];
const EN_LAST: &[&str] = &[
    "smith", "jones", "taylor", "brown", "williams", "wilson", "johnson", "davies", "robinson", "wright", "thompson",
    "evans", "walker", "white", "roberts", "green", "hall", "wood", "jackson", "clarke", "murphy", "kelly", "byrne",
    "walsh", "obrien", "miller", "davis", "garcia", "martinez", "anderson", "moore", "martin", "lee", "clark", "lewis",
    "young", "king", "scott", "baker", "adams", "nelson", "hill", "campbell", "mitchell", "carter", "patel", "khan",
    "nguyen", "singh", "cohen",
];
const ZH_SURNAMES: &[(&str, &str)] = &[
    ("王", "wang"),
    ("李", "li"),
    ("张", "zhang"),
    ("刘", "liu"),
    ("陈", "chen"),
    ("杨", "yang"),
    ("黄", "huang"),
    ("赵", "zhao"),
    ("吴", "wu"),
    ("周", "zhou"),
    ("徐", "xu"),
    ("孙", "sun"),
    ("马", "ma"),
    ("朱", "zhu"),
    ("胡", "hu"),
    ("郭", "guo"),
    ("何", "he"),
    ("高", "gao"),
    ("林", "lin"),
    ("罗", "luo"),
    ("郑", "zheng"),
    ("梁", "liang"),
    ("谢", "xie"),
    ("宋", "song"),
    ("唐", "tang"),
    ("韩", "han"),
    ("冯", "feng"),
    ("邓", "deng"),
    ("曹", "cao"),
    ("许", "xu"),
];
const ZH_GIVEN: &[(&str, &str)] = &[
    ("伟", "wei"),
    ("芳", "fang"),
    ("娜", "na"),
    ("敏", "min"),
    ("静", "jing"),
    ("丽", "li"),
    ("强", "qiang"),
    ("磊", "lei"),
    ("军", "jun"),
    ("洋", "yang"),
    ("勇", "yong"),
    ("艳", "yan"),
    ("杰", "jie"),
    ("涛", "tao"),
    ("明", "ming"),
    ("超", "chao"),
    ("霞", "xia"),
    ("晨", "chen"),
    ("欣怡", "xinyi"),
    ("子涵", "zihan"),
    ("浩然", "haoran"),
    ("宇轩", "yuxuan"),
    ("梓萱", "zixuan"),
    ("一诺", "yinuo"),
    ("俊杰", "junjie"),
    ("思雨", "siyu"),
    ("佳怡", "jiayi"),
    ("嘉豪", "jiahao"),
    ("雨涵", "yuhan"),
    ("博文", "bowen"),
    ("晓明", "xiaoming"),
    ("婷婷", "tingting"),
    ("文静", "wenjing"),
];
const ZH_NICKNAMES: &[&str] = &[
    "闲置小铺",
    "断舍离的猫",
    "二手达人",
    "爱骑车的{g}",
    "{g}的小店",
    "佛系卖家",
    "小{g}",
    "{s}老师",
    "搬家清仓中",
    "宝妈{g}",
];
const BURST_WORDS: &[&str] = &[
    "bestdeals",
    "phonehub",
    "techoutlet",
    "cheapgadgets",
    "quicksale",
    "superbuy",
    "megastore",
    "shuma",
    "haohuo",
    "tejia",
];

/// Who a member is in the planted story.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Regular,
    /// A member of review ring number n.
    Ring(u16),
    /// One of the new accounts that list a burst of items at once.
    Burst,
}

pub struct Person {
    pub username: String,
    pub display_name: String,
    pub email: String,
    pub city: usize,
    pub place: String,
    pub lat: f64,
    pub lon: f64,
    pub joined: i64,
    /// Relative number of shopping sessions.
    pub activity: f64,
    /// Relative number of listings (0: never sells).
    pub selling: f64,
    /// 0..1: how reliably the member ships, and how buyers rate them.
    pub quality: f64,
    /// Price band: the member likes prices near the category median times this.
    pub budget: f64,
    /// Favourite leaf categories (index into the catalogue) with weights.
    pub tastes: Vec<(usize, f64)>,
    pub admin: bool,
    pub role: Role,
}

impl Person {
    pub fn lang(&self) -> Lang {
        CITIES[self.city].lang
    }
}

pub struct Plan {
    pub members: usize,
    pub rings: usize,
    pub ring_size: usize,
    pub burst: usize,
    pub start: i64,
    pub now: i64,
}

const DAY: i64 = 86_400;

/// Everyone, sorted by join time (the admin first), with usernames unused by
/// the market's existing members.
pub fn generate(rng: &mut Rng, plan: &Plan, cat: &Catalogue, taken: &mut HashSet<String>) -> Vec<Person> {
    let city_cum: Vec<f64> = CITIES
        .iter()
        .scan(0.0, |acc, c| {
            *acc += c.weight;
            Some(*acc)
        })
        .collect();
    let mut people = Vec::with_capacity(plan.members);
    for i in 0..plan.members {
        let city = pick_cumulative(rng, &city_cum);
        let role = if i == 0 {
            Role::Regular
        } else if i <= plan.rings * plan.ring_size {
            Role::Ring(((i - 1) / plan.ring_size) as u16)
        } else if i <= plan.rings * plan.ring_size + plan.burst {
            Role::Burst
        } else {
            Role::Regular
        };
        people.push(person(rng, i == 0, role, city, plan, cat, taken));
    }
    people.sort_by_key(|p| (p.joined, !p.admin));
    people
}

fn person(
    rng: &mut Rng,
    admin: bool,
    role: Role,
    city: usize,
    plan: &Plan,
    cat: &Catalogue,
    taken: &mut HashSet<String>,
) -> Person {
    let c = &CITIES[city];
    let (base, display_name) = if admin {
        ("admin".to_string(), "Market admin".to_string())
    } else if role == Role::Burst {
        let word = rng.pick(BURST_WORDS);
        (format!("{word}{}", rng.int(10, 999)), format!("{word} {}", rng.int(1, 99)))
    } else {
        name(rng, c.lang)
    };
    let username = unique(rng, &base, taken);
    let district = rng.pick(c.districts);
    let place = match c.lang {
        Lang::En => format!("{district}, {}", c.name),
        Lang::Zh => format!("{} {district}", c.name),
    };
    let lat = round4(c.lat + 0.05 * rng.normal());
    let lon = round4(c.lon + 0.07 * rng.normal());
    let year = 365 * DAY;
    let joined = match role {
        _ if admin => plan.start - 2 * year,
        Role::Burst => plan.now - 12 * DAY + rng.int(0, 3 * 3600),
        Role::Ring(_) => plan.start - rng.int(30, 300) * DAY,
        Role::Regular if rng.chance(0.35) => plan.start - rng.int(DAY, 2 * year),
        // Growth: more members join later in the year.
        Role::Regular => plan.start + (rng.f64().powf(0.8) * (year - DAY) as f64) as i64,
    };
    let selling = if role == Role::Burst || rng.chance(0.3) { 0.0 } else { rng.pareto(1.2, 150.0) };
    let quality = match role {
        Role::Burst => rng.range(0.05, 0.3),
        _ if rng.chance(0.06) => rng.range(0.05, 0.45),
        _ => (0.82 + 0.12 * rng.normal()).clamp(0.45, 1.0),
    };
    let activity = if role == Role::Burst { 0.02 } else { rng.lognormal(0.0, 1.0) };
    Person {
        email: format!("{}@example.{}", username, rng.pick(&["com", "org", "net"])),
        username,
        display_name,
        city,
        place,
        lat,
        lon,
        joined,
        activity,
        selling,
        quality,
        budget: rng.lognormal(0.0, 0.6),
        tastes: tastes(rng, cat),
        admin,
        role,
    }
}

fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

/// A username base and a display name in the city's language.
fn name(rng: &mut Rng, lang: Lang) -> (String, String) {
    match lang {
        Lang::En => {
            let first = *rng.pick(EN_FIRST);
            let last = *rng.pick(EN_LAST);
            let user = match rng.below(5) {
                0 => format!("{first}.{last}"),
                1 => format!("{first}{last}"),
                2 => format!("{first}_{last}{}", rng.int(1, 99)),
                3 => format!("{}{last}{}", &first[..1], rng.int(70, 99)),
                _ => format!("{first}{}", rng.int(1, 999)),
            };
            let display = if rng.chance(0.5) {
                format!("{} {}", capital(first), capital(last))
            } else {
                format!("{} {}.", capital(first), last[..1].to_uppercase())
            };
            (user, display)
        }
        Lang::Zh => {
            let (s, spy) = *rng.pick(ZH_SURNAMES);
            let (g, gpy) = *rng.pick(ZH_GIVEN);
            let user = match rng.below(5) {
                0 => format!("{gpy}{spy}"),
                1 => format!("{spy}.{gpy}"),
                2 => format!("{spy}{gpy}{}", rng.int(80, 99)),
                3 => format!("xiao{gpy}{}", rng.int(1, 99)),
                _ => format!("{gpy}_{spy}"),
            };
            let display = if rng.chance(0.7) {
                format!("{s}{g}")
            } else {
                rng.pick(ZH_NICKNAMES).replace("{g}", g).replace("{s}", s)
            };
            (user, display)
        }
    }
}

fn capital(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// `base`, or `base` with a number, whichever is free; at most 32 characters.
fn unique(rng: &mut Rng, base: &str, taken: &mut HashSet<String>) -> String {
    let base: String = base.chars().take(26).collect();
    let mut name = base.clone();
    while name.len() < 3 || taken.contains(&name) {
        name = format!("{base}{}", rng.int(2, 9999));
    }
    taken.insert(name.clone());
    name
}

/// One or two favourite families, and two to four leaves in them.
fn tastes(rng: &mut Rng, cat: &Catalogue) -> Vec<(usize, f64)> {
    let families = 1 + usize::from(rng.chance(0.5));
    let mut chosen: Vec<usize> = Vec::new();
    for _ in 0..families {
        chosen.push(rng.weighted(&cat.family_weights));
    }
    let pool: Vec<usize> = (0..cat.leaves.len()).filter(|l| chosen.contains(&cat.leaves[*l].family)).collect();
    let weights: Vec<f64> = pool.iter().map(|l| cat.leaves[*l].weight).collect();
    let mut tastes: Vec<(usize, f64)> = Vec::new();
    if pool.is_empty() {
        return tastes;
    }
    for _ in 0..rng.int(2, 4) {
        let leaf = pool[rng.weighted(&weights)];
        if !tastes.iter().any(|(l, _)| *l == leaf) {
            tastes.push((leaf, rng.lognormal(0.0, 0.5)));
        }
    }
    tastes
}
