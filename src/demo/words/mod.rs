//! What the demo's sellers write: per-category items (brands and models with
//! their new prices), specs, tags, defects and reasons, in English and
//! Chinese, together with each category's price and depreciation parameters.

mod home;
mod leisure;
mod tech;

/// An English text and its Chinese counterpart.
pub type Pair = (&'static str, &'static str);

/// A thing people sell, and what it costs new (EUR).
pub struct Item {
    pub en: &'static str,
    pub zh: &'static str,
    pub price: f64,
}

pub const fn item(en: &'static str, zh: &'static str, price: f64) -> Item {
    Item { en, zh, price }
}

/// The depreciation curve P(t) = P0 + delta * exp(-lambda * t), as shares of
/// the original price, t in days since the item was acquired (DESIGN 8.3).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Dep {
    pub p0: f64,
    pub delta: f64,
    pub lambda: f64,
}

impl Dep {
    pub fn share(&self, age_days: f64) -> f64 {
        self.p0 + self.delta * (-self.lambda * age_days).exp()
    }
}

/// A leaf category of the default tree and what its listings look like.
pub struct Leaf {
    pub slug: &'static str,
    /// The word people search for ("road bike", "公路车").
    pub noun: Pair,
    /// Relative share of the market's listings.
    pub weight: f64,
    /// Median new price (EUR) and the sigma of its lognormal.
    pub median: f64,
    pub sigma: f64,
    pub items: &'static [Item],
    /// Groups of options; a listing names one option of each group.
    pub specs: &'static [&'static [Pair]],
    pub tags: &'static [Pair],
    /// Overrides the family's depreciation curve.
    pub dep: Option<Dep>,
    /// Probability of a listing with several units.
    pub multi: f64,
    /// Probability of a giveaway.
    pub free: f64,
}

impl Leaf {
    #[allow(clippy::too_many_arguments)]
    pub const fn new(
        slug: &'static str,
        noun: Pair,
        weight: f64,
        median: f64,
        sigma: f64,
        items: &'static [Item],
        specs: &'static [&'static [Pair]],
        tags: &'static [Pair],
    ) -> Leaf {
        Leaf { slug, noun, weight, median, sigma, items, specs, tags, dep: None, multi: 0.03, free: 0.015 }
    }
    pub const fn dep(mut self, p0: f64, delta: f64, lambda: f64) -> Leaf {
        self.dep = Some(Dep { p0, delta, lambda });
        self
    }
    pub const fn multi(mut self, p: f64) -> Leaf {
        self.multi = p;
        self
    }
    pub const fn free(mut self, p: f64) -> Leaf {
        self.free = p;
        self
    }
}

/// A top-level category: its depreciation, seasonality and wear.
pub struct Family {
    pub slug: &'static str,
    pub dep: Dep,
    /// Mean age (years) of what people sell in it.
    pub age_years: f64,
    /// Seasonality of supply and demand: 1 + amplitude * cos(2 pi (day - peak) / 365).
    pub amplitude: f64,
    pub peak_day: u32,
    pub defects: &'static [Pair],
    pub reasons: &'static [Pair],
    pub leaves: &'static [Leaf],
}

impl Family {
    pub fn season(&self, day_of_year: u32) -> f64 {
        let phase = (f64::from(day_of_year) - f64::from(self.peak_day)) / 365.0;
        1.0 + self.amplitude * (std::f64::consts::TAU * phase).cos()
    }
}

const fn dep(p0: f64, delta: f64, lambda: f64) -> Dep {
    Dep { p0, delta, lambda }
}

pub static FAMILIES: [&Family; 13] = [
    &tech::PHONES,
    &tech::COMPUTERS,
    &home::FURNITURE,
    &leisure::CLOTHING,
    &leisure::BOOKS,
    &leisure::BIKES,
    &home::KIDS,
    &home::HOME,
    &tech::TOOLS,
    &leisure::INSTRUMENTS,
    &tech::VEHICLE,
    &home::GARDEN,
    &leisure::OTHER,
];

pub const COLOURS: &[Pair] = &[
    ("black", "黑色"),
    ("white", "白色"),
    ("grey", "灰色"),
    ("blue", "蓝色"),
    ("red", "红色"),
    ("green", "绿色"),
    ("silver", "银色"),
    ("beige", "米色"),
    ("pink", "粉色"),
    ("navy", "藏青色"),
];

pub const SIZES: &[Pair] =
    &[("size XS", "XS码"), ("size S", "S码"), ("size M", "M码"), ("size L", "L码"), ("size XL", "XL码")];

pub const KIDS_AGES: &[Pair] =
    &[("age 1-2", "1-2岁"), ("age 3-4", "3-4岁"), ("age 5-6", "5-6岁"), ("age 7-8", "7-8岁"), ("age 9-10", "9-10岁")];

pub const WOODS: &[Pair] =
    &[("oak", "橡木"), ("pine", "松木"), ("walnut", "胡桃木"), ("white", "白色"), ("black-brown", "黑褐色")];

/// Phrases any seller may use, by condition (index of `Condition::ALL`).
pub const CONDITION_TITLES: [&[Pair]; 6] = [
    &[("brand new", "全新"), ("sealed", "全新未拆封")],
    &[("barely used", "99新"), ("like new", "95新"), ("as new", "几乎全新")],
    &[("good condition", "9成新"), ("well kept", "8成新")],
    &[("fair condition", "7成新"), ("well used", "有使用痕迹")],
    &[("needs some love", "6成新"), ("worn", "有瑕疵")],
    &[("for parts", "故障品"), ("spares or repair", "坏的 配件机")],
];

pub const CONDITION_LINES: [&[Pair]; 6] = [
    &[("Brand new, still in the box.", "全新未拆封。"), ("Never used, unwanted gift.", "全新没用过，别人送的。")],
    &[
        ("Used a couple of times, no marks at all.", "只用过几次，没有任何划痕。"),
        ("Barely used, looks new.", "几乎没用，成色很新。"),
    ],
    &[
        ("In good condition with light signs of use.", "成色不错，有轻微使用痕迹。"),
        ("Well looked after.", "一直很爱惜。"),
    ],
    &[
        ("Used and it shows, but works as it should.", "有明显使用痕迹，但功能正常。"),
        ("Fair condition for its age.", "按年份来说成色还可以。"),
    ],
    &[("Well worn, priced to reflect that.", "磨损比较多，所以价格便宜。"), ("Needs a bit of work.", "需要修整一下。")],
    &[
        ("Sold as seen for spares or repair.", "按现状出，当配件或自己修。"),
        ("Not working, good for parts.", "不能正常使用，适合拆配件。"),
    ],
];

pub const SHARED_REASONS: &[Pair] = &[
    ("I am moving house", "搬家带不走"),
    ("I upgraded", "换新了"),
    ("I no longer need it", "用不上了"),
    ("I am decluttering", "断舍离"),
    ("I am moving abroad", "要出国了"),
    ("I bought the wrong one", "买错了"),
];

pub const PICKUP: &[Pair] = &[
    ("Collection from {place}.", "{place}自提。"),
    ("Pick up in {place} or I can post at cost.", "{place}自提，也可以邮寄，运费自理。"),
    ("Can meet near {place}.", "可以在{place}附近面交。"),
    ("Cash on collection, {place}.", "{place}当面交易。"),
    ("Happy to post.", "可以包邮。"),
];

pub const TERMS: &[Pair] = &[
    ("Open to reasonable offers.", "价格可小刀。"),
    ("Price is firm.", "一口价，不议价。"),
    ("First to collect gets it.", "先到先得。"),
    ("Smoke-free, pet-free home.", "无烟无宠家庭。"),
    ("No time wasters please.", "非诚勿扰。"),
    ("Message me with any questions.", "有问题欢迎私信。"),
];
