//! Participation counts for staff: ballots and proposals by province and by day, proposals by
//! status, voter codes issued and used.
use crate::store::database::Database;
use crate::with_read_pool;
use pb_core::api::{Count, Counts};

impl Database {
    /// Counts so far.
    pub async fn counts(&self) -> Result<Counts, sqlx::Error> {
        let grouped = |table: &str, column: &str| {
            format!(
                "SELECT COALESCE({column}, ''), COUNT(*) FROM {table} \
                 GROUP BY COALESCE({column}, '') ORDER BY 1"
            )
        };
        let queries = [
            grouped("ballots", "province"),
            grouped("ballots", "cast_on"),
            grouped("proposals", "province"),
            grouped("proposals", "submitted_on"),
            grouped("proposals", "status"),
        ];
        let mut lists = Vec::with_capacity(queries.len());
        let (issued, used) = with_read_pool!(self, |pool| {
            for query in &queries {
                let rows: Vec<(String, i64)> = sqlx::query_as(query).fetch_all(pool).await?;
                lists.push(
                    rows.into_iter()
                        .map(|(key, count)| Count {
                            key,
                            count: u64::try_from(count).unwrap_or_default(),
                        })
                        .collect::<Vec<_>>(),
                );
            }
            sqlx::query_as::<_, (i64, i64)>(
                "SELECT COUNT(*), COALESCE(SUM(CASE WHEN used THEN 1 ELSE 0 END), 0) \
                 FROM voter_codes",
            )
            .fetch_one(pool)
            .await?
        });
        let mut lists = lists.into_iter();
        let mut next = || lists.next().unwrap_or_default();
        Ok(Counts {
            ballots_by_province: next(),
            ballots_by_day: next(),
            proposals_by_province: next(),
            proposals_by_day: next(),
            proposals_by_status: next(),
            voter_codes_issued: u64::try_from(issued).unwrap_or_default(),
            voter_codes_used: u64::try_from(used).unwrap_or_default(),
        })
    }
}
