//! Group commit of ballots: one task takes the ballots waiting to be stored and commits them
//! together, so that many voters share one disk flush; each is answered only after the commit.
use crate::store::ballots::{BallotCast, PendingBallot};
use crate::store::database::Database;
use tokio::sync::{mpsc, oneshot};

/// Most ballots stored in one transaction.
pub const MAX_BATCH: usize = 256;

/// Ballots waiting for the writer; beyond this, submitters wait to enqueue.
const QUEUE: usize = 4 * MAX_BATCH;

/// A ballot and where to send what became of it.
type Job = (
    PendingBallot,
    oneshot::Sender<Result<BallotCast, sqlx::Error>>,
);

/// Handle to the writer task; cloning shares the same task.
#[derive(Clone, Debug)]
pub struct BallotWriter {
    jobs: mpsc::Sender<Job>,
    database: Database,
}

impl BallotWriter {
    /// Starts the writer task on the current Tokio runtime; it ends when every handle is gone.
    pub fn start(database: Database) -> Self {
        let (jobs, queue) = mpsc::channel(QUEUE);
        tokio::spawn(write_batches(database.clone(), queue));
        BallotWriter { jobs, database }
    }

    /// Stores the ballot (or finds why not) and returns once that is durable.
    pub async fn cast(&self, pending: PendingBallot) -> Result<BallotCast, sqlx::Error> {
        let (answer, answered) = oneshot::channel();
        self.jobs
            .send((pending.clone(), answer))
            .await
            .map_err(|_| sqlx::Error::PoolClosed)?;
        let cast = answered.await.map_err(|_| sqlx::Error::PoolClosed)??;
        if cast == BallotCast::CodeUsed {
            return self.database.recheck_used_code(&pending).await;
        }
        Ok(cast)
    }
}

/// The writer loop: waits for one ballot, takes every other one already waiting (up to
/// [`MAX_BATCH`]), stores them in one transaction and answers each.
async fn write_batches(database: Database, mut queue: mpsc::Receiver<Job>) {
    let mut jobs = Vec::with_capacity(MAX_BATCH);
    while queue.recv_many(&mut jobs, MAX_BATCH).await > 0 {
        let (batch, answers): (Vec<PendingBallot>, Vec<_>) = jobs.drain(..).unzip();
        match database.cast_ballots(&batch).await {
            Ok(outcomes) => {
                for (answer, outcome) in answers.into_iter().zip(outcomes) {
                    let _ = answer.send(Ok(outcome));
                }
            }
            Err(error) if batch.len() > 1 => {
                tracing::warn!(%error, size = batch.len(), "batch of ballots failed; storing them one by one");
                for (pending, answer) in batch.into_iter().zip(answers) {
                    let outcome = database
                        .cast_ballots(std::slice::from_ref(&pending))
                        .await
                        .map(|mut outcomes| outcomes.remove(0));
                    let _ = answer.send(outcome);
                }
            }
            Err(error) => {
                if let Some(answer) = answers.into_iter().next() {
                    let _ = answer.send(Err(error));
                }
            }
        }
    }
}
