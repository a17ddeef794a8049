//! Spreading the engine's heavier loops over the machine's cores, only when the work is
//! large enough to pay for starting threads. Results never depend on the number of threads:
//! every item is computed by the same code, and results are kept in item order.

use std::num::NonZeroUsize;

/// Experiences (persona × touchpoint pairs) from which spreading work over threads pays off;
/// below it, the engine stays on the calling thread.
pub(crate) const PARALLEL_FROM_EXPERIENCES: usize = 20_000;

/// The cores available to this process (1 if unknown).
pub(crate) fn available_threads() -> usize {
    std::thread::available_parallelism().map_or(1, NonZeroUsize::get)
}

/// The threads to use for a project with `experiences` experiences.
pub(crate) fn threads_for(experiences: usize) -> usize {
    if experiences >= PARALLEL_FROM_EXPERIENCES {
        available_threads()
    } else {
        1
    }
}

/// `f` applied to every item, on up to `threads` threads (the calling one among them), each
/// taking a contiguous share; the results in item order. A panic in `f` is passed on.
/// `0..count` cut into at most `threads` consecutive ranges of (nearly) equal length.
pub(crate) fn chunks(count: usize, threads: usize) -> Vec<std::ops::Range<usize>> {
    let threads = threads.clamp(1, count.max(1));
    let share = count.div_ceil(threads).max(1);
    (0..count)
        .step_by(share)
        .map(|start| start..(start + share).min(count))
        .collect()
}

pub(crate) fn map_in_parallel<T, R, F>(items: &[T], threads: usize, f: F) -> Vec<R>
where
    T: Sync,
    R: Send,
    F: Fn(&T) -> R + Sync,
{
    let threads = threads.clamp(1, items.len().max(1));
    if threads == 1 {
        return items.iter().map(&f).collect();
    }
    let share = items.len().div_ceil(threads);
    let f = &f;
    std::thread::scope(|scope| {
        let mut chunks = items.chunks(share);
        let first = chunks.next().unwrap_or(&[]);
        let handles: Vec<_> = chunks
            .map(|chunk| scope.spawn(move || chunk.iter().map(f).collect::<Vec<R>>()))
            .collect();
        let mut results: Vec<R> = first.iter().map(f).collect();
        for handle in handles {
            match handle.join() {
                Ok(part) => results.extend(part),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        results
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_keep_item_order_for_any_thread_count() {
        let items: Vec<u64> = (0..103).collect();
        let expected: Vec<u64> = items.iter().map(|i| i * i).collect();
        for threads in [0, 1, 2, 3, 8, 200] {
            assert_eq!(map_in_parallel(&items, threads, |i| i * i), expected);
        }
        assert_eq!(map_in_parallel(&[] as &[u64], 4, |i| *i), Vec::<u64>::new());
    }
}
