//! Two-sided reviews after a completed order, and the reputation shown
//! everywhere: a Bayesian average that pulls members with few reviews
//! towards the market mean. Owns `reviews`.

use crate::account::{Member, MemberId};
use crate::error::{Error, Result};
use crate::order::{self, OrderId, Role};
use crate::time::Timestamp;
use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;

/// The prior's weight: a member's score counts as if it started with this
/// many reviews at the market mean (DESIGN 6.5).
pub const PRIOR_WEIGHT: f64 = 5.0;

#[derive(Debug, Clone, Serialize)]
pub struct Review {
    pub id: i64,
    pub order_id: OrderId,
    pub reviewer: String,
    pub reviewee: String,
    /// The reviewee's part in the order.
    pub role: Role,
    pub rating: i64,
    pub comment: Option<String>,
    pub created_at: Timestamp,
}

/// A member's standing in one role.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Reputation {
    /// `(C*m + sum) / (C + n)`, rounded to two decimals; null while new.
    pub score: Option<f64>,
    pub reviews: i64,
    pub average: Option<f64>,
    /// Share of 4- and 5-star reviews, 0..1.
    pub positive_share: Option<f64>,
    /// "4.62 (12 reviews, 92% positive)" or "new".
    pub label: String,
}

/// The Bayesian average of `n` ratings summing to `sum`, given the market mean `m`.
pub fn bayesian(sum: f64, n: f64, m: f64) -> f64 {
    (PRIOR_WEIGHT * m + sum) / (PRIOR_WEIGHT + n)
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

impl Reputation {
    fn new(n: i64, sum: i64, positive: i64, market_mean: f64) -> Reputation {
        if n == 0 {
            return Reputation { score: None, reviews: 0, average: None, positive_share: None, label: "new".into() };
        }
        let score = round2(bayesian(sum as f64, n as f64, market_mean));
        let share = positive as f64 / n as f64;
        let label = format!("{score:.2} ({n} review{}, {:.0}% positive)", if n == 1 { "" } else { "s" }, share * 100.0);
        Reputation {
            score: Some(score),
            reviews: n,
            average: Some(round2(sum as f64 / n as f64)),
            positive_share: Some(round2(share)),
            label,
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Standing {
    pub as_seller: Reputation,
    pub as_buyer: Reputation,
}

/// The mean rating over every review in the market (3 when there are none:
/// the middle of the scale, only used once a member has reviews anyway).
pub fn market_mean(conn: &Connection) -> Result<f64> {
    let mean: Option<f64> = conn.query_row(
        "SELECT CASE WHEN reviews > 0 THEN 1.0 * rating_sum / reviews END FROM review_stats WHERE id = 1",
        [],
        |r| r.get(0),
    )?;
    Ok(mean.unwrap_or(3.0))
}

pub fn standing(conn: &Connection, member: MemberId) -> Result<Standing> {
    standing_with(conn, member, market_mean(conn)?)
}

/// A member's review totals per role; the index `reviews_reputation`
/// covers it (migration 0009).
const STANDING: &str = "SELECT role, count(*), sum(rating), sum(CASE WHEN rating >= 4 THEN 1 ELSE 0 END)
     FROM reviews WHERE reviewee_id = ?1 GROUP BY role";

/// Like [`standing`], with the market mean computed once by the caller.
pub fn standing_with(conn: &Connection, member: MemberId, mean: f64) -> Result<Standing> {
    let mut stmt = conn.prepare_cached(STANDING)?;
    let mut as_seller = Reputation::new(0, 0, 0, mean);
    let mut as_buyer = as_seller.clone();
    let rows = stmt.query_map([member], |r| Ok((r.get::<_, String>(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?;
    for row in rows {
        let (role, n, sum, positive) = row?;
        let rep = Reputation::new(n, sum, positive, mean);
        if role == "seller" {
            as_seller = rep;
        } else {
            as_buyer = rep;
        }
    }
    Ok(Standing { as_seller, as_buyer })
}

/// Reviews the other party of a completed order, once.
pub fn add(
    tx: &rusqlite::Transaction,
    actor: &Member,
    order_id: OrderId,
    rating: i64,
    comment: Option<&str>,
    now: Timestamp,
) -> Result<Review> {
    if !(1..=5).contains(&rating) {
        return Err(Error::invalid(format!("a rating is 1 to 5, not {rating}")));
    }
    let comment = comment.map(str::trim).filter(|c| !c.is_empty());
    if let Some(c) = comment
        && (c.chars().count() > 2000 || c.chars().any(|ch| ch.is_control() && ch != '\n'))
    {
        return Err(Error::invalid("a comment is at most 2,000 characters"));
    }
    let order = order::get(tx, order_id)?;
    let Some(my_role) = order.role_of(actor.id) else {
        return Err(Error::not_allowed(format!("order {order_id} is between {} and {}", order.buyer, order.seller)));
    };
    if order.status != order::Status::Completed {
        return Err(Error::conflict(format!(
            "order {order_id} is {}; reviews open once it is completed",
            order.status.as_str()
        )));
    }
    let done: Option<i64> = tx
        .query_row(
            "SELECT id FROM reviews WHERE order_id = ?1 AND reviewer_id = ?2",
            params![order_id, actor.id],
            |r| r.get(0),
        )
        .optional()?;
    if done.is_some() {
        return Err(Error::conflict(format!("you have already reviewed order {order_id}")));
    }
    let (reviewee, role) = match my_role {
        Role::Buyer => (order.seller_id, Role::Seller),
        Role::Seller => (order.buyer_id, Role::Buyer),
    };
    let id: i64 = tx.query_row(
        "INSERT INTO reviews (order_id, reviewer_id, reviewee_id, role, rating, comment, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id",
        params![order_id, actor.id, reviewee, role.as_str(), rating, comment, now],
        |r| r.get(0),
    )?;
    Ok(about_query(tx, "r.id = ?1", id)?.remove(0))
}

/// Reviews a member received, newest first.
pub fn about(conn: &Connection, member: MemberId) -> Result<Vec<Review>> {
    about_query(conn, "r.reviewee_id = ?1", member)
}

fn about_query(conn: &Connection, filter: &str, key: i64) -> Result<Vec<Review>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT r.id, r.order_id, a.username, b.username, r.role, r.rating, r.comment, r.created_at
         FROM reviews r JOIN users a ON a.id = r.reviewer_id JOIN users b ON b.id = r.reviewee_id
         WHERE {filter} ORDER BY r.created_at DESC, r.id DESC"
    ))?;
    let rows = stmt.query_map([key], |r| {
        let role: String = r.get(4)?;
        Ok(Review {
            id: r.get(0)?,
            order_id: r.get(1)?,
            reviewer: r.get(2)?,
            reviewee: r.get(3)?,
            role: if role == "seller" { Role::Seller } else { Role::Buyer },
            rating: r.get(5)?,
            comment: r.get(6)?,
            created_at: r.get(7)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reputation_reads_only_the_index() {
        let conn = crate::db::open(std::path::Path::new(crate::db::MEMORY)).unwrap();
        let plan: Vec<String> = conn
            .prepare(&format!("EXPLAIN QUERY PLAN {STANDING}"))
            .unwrap()
            .query_map([1], |r| r.get::<_, String>(3))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert!(plan.iter().any(|p| p.contains("COVERING INDEX reviews_reputation")), "{plan:?}");
    }

    #[test]
    fn bayesian_average_by_hand() {
        // Market mean 4.0; a member with ratings 5, 5, 3: (5*4 + 13) / (5 + 3) = 33/8.
        assert!((bayesian(13.0, 3.0, 4.0) - 4.125).abs() < 1e-12);
        let r = Reputation::new(3, 13, 2, 4.0);
        assert_eq!(r.score, Some(4.13));
        assert_eq!(r.average, Some(4.33));
        assert_eq!(r.positive_share, Some(0.67));
        assert_eq!(r.label, "4.13 (3 reviews, 67% positive)");
        assert_eq!(Reputation::new(0, 0, 0, 4.0).label, "new");
    }
}
