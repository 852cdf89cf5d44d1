//! Notes for one delivering thread, and a count of those not through it yet: the tray-only
//! restart and Quit end this process, and wait for that count to reach zero first, or the
//! answer to the command just finished would end with the process.

use std::io;
use std::sync::mpsc::{self, SendError, Sender};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::Duration;

pub struct Outbox<N> {
    queue: Sender<N>,
    undelivered: Arc<Undelivered>,
}

#[derive(Default)]
struct Undelivered {
    count: Mutex<usize>,
    changed: Condvar,
}

impl Undelivered {
    fn count(&self) -> MutexGuard<'_, usize> {
        self.count.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn one_less(&self) {
        let mut count = self.count();
        *count = count.saturating_sub(1);
        self.changed.notify_all();
    }
}

impl<N: Send + 'static> Outbox<N> {
    /// Starts the thread `name` that hands each note to `deliver`, in order.
    pub fn start(name: &str, deliver: impl Fn(N) + Send + 'static) -> io::Result<Outbox<N>> {
        let (queue, notes) = mpsc::channel::<N>();
        let undelivered = Arc::new(Undelivered::default());
        let counted = Arc::clone(&undelivered);
        std::thread::Builder::new()
            .name(name.to_owned())
            .spawn(move || {
                for note in notes {
                    deliver(note);
                    counted.one_less();
                }
            })?;
        Ok(Outbox { queue, undelivered })
    }

    /// Queues a note; returns at once.
    pub fn push(&self, note: N) -> Result<(), SendError<N>> {
        *self.undelivered.count() += 1;
        self.queue
            .send(note)
            .inspect_err(|_| self.undelivered.one_less())
    }

    /// Blocks until every note queued so far went through, for `within` at most. True if
    /// they all did.
    pub fn wait_delivered(&self, within: Duration) -> bool {
        let count = self.undelivered.count();
        let (count, _) = self
            .undelivered
            .changed
            .wait_timeout_while(count, within, |n| *n > 0)
            .unwrap_or_else(|p| p.into_inner());
        *count == 0
    }
}

#[cfg(test)]
mod tests {
    use std::sync::mpsc::Receiver;
    use std::time::Instant;

    use super::*;

    /// Delivers a note only when the test lets it through, and tells the test what it got.
    fn gated() -> (Outbox<u32>, Sender<()>, Receiver<u32>) {
        let (gate, passes) = mpsc::channel::<()>();
        let (got, delivered) = mpsc::channel();
        let passes = Mutex::new(passes);
        let outbox = Outbox::start("test-notes", move |note| {
            let _ = passes.lock().unwrap().recv();
            let _ = got.send(note);
        })
        .expect("the thread");
        (outbox, gate, delivered)
    }

    #[test]
    fn with_nothing_queued_there_is_nothing_to_wait_for() {
        let (outbox, _gate, _delivered) = gated();
        let asked = Instant::now();
        assert!(outbox.wait_delivered(Duration::from_secs(5)));
        assert!(asked.elapsed() < Duration::from_secs(1));
    }

    #[test]
    fn a_note_still_on_its_way_is_waited_for_until_it_is_through() {
        let (outbox, gate, delivered) = gated();
        outbox.push(1).expect("queued");
        outbox.push(2).expect("queued");
        assert!(
            !outbox.wait_delivered(Duration::from_millis(100)),
            "two notes are still waiting at the gate"
        );
        gate.send(()).expect("the first goes through");
        assert_eq!(delivered.recv_timeout(Duration::from_secs(5)), Ok(1));
        assert!(
            !outbox.wait_delivered(Duration::from_millis(100)),
            "the second is still waiting"
        );
        let opener = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(200));
            gate.send(()).expect("the second goes through");
        });
        assert!(
            outbox.wait_delivered(Duration::from_secs(5)),
            "woken when it is through"
        );
        assert_eq!(delivered.recv_timeout(Duration::from_secs(5)), Ok(2));
        opener.join().expect("the opener");
    }
}
