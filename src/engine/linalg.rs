//! A small dense linear solver (Gaussian elimination with partial pivoting), enough for the
//! 4×4 systems of the closed-form CLV without a linear-algebra dependency.

/// Solves `a · x = b` for a square matrix `a` (rows) by Gaussian elimination with partial
/// pivoting. `None` when the shapes do not match, a number is not finite, or the matrix is
/// singular (see [`solve_in_place`]).
pub fn solve(a: &[Vec<f64>], b: &[f64]) -> Option<Vec<f64>> {
    let n = b.len();
    if a.len() != n || a.iter().any(|row| row.len() != n) {
        return None;
    }
    let mut matrix: Vec<f64> = a.iter().flatten().copied().collect();
    let mut x = b.to_vec();
    solve_in_place(&mut matrix, &mut x).then_some(x)
}

/// Solves `matrix · x = rhs` in place, without allocating: `matrix` is n×n in row-major
/// order (n = `rhs.len()`), and `rhs` becomes x. Returns `false` (and leaves garbage) when
/// the shapes do not match, a number is not finite, or the matrix is singular: a pivot of at
/// most 1e-12 times the largest entry.
pub fn solve_in_place(matrix: &mut [f64], rhs: &mut [f64]) -> bool {
    let n = rhs.len();
    if matrix.len() != n * n || matrix.iter().chain(rhs.iter()).any(|v| !v.is_finite()) {
        return false;
    }
    let scale = matrix
        .iter()
        .fold(0.0f64, |largest, v| largest.max(v.abs()));
    let tiny = scale * 1e-12;
    for col in 0..n {
        let mut pivot = col;
        for row in col + 1..n {
            if matrix[row * n + col].abs() > matrix[pivot * n + col].abs() {
                pivot = row;
            }
        }
        if matrix[pivot * n + col].abs() <= tiny {
            return false;
        }
        if pivot != col {
            for k in 0..n {
                matrix.swap(col * n + k, pivot * n + k);
            }
            rhs.swap(col, pivot);
        }
        for row in col + 1..n {
            let factor = matrix[row * n + col] / matrix[col * n + col];
            if factor == 0.0 {
                continue;
            }
            for k in col..n {
                matrix[row * n + k] -= factor * matrix[col * n + k];
            }
            rhs[row] -= factor * rhs[col];
        }
    }
    for row in (0..n).rev() {
        let mut known = 0.0;
        for k in row + 1..n {
            known += matrix[row * n + k] * rhs[k];
        }
        rhs[row] = (rhs[row] - known) / matrix[row * n + row];
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn solves_a_system_that_needs_pivoting() {
        let a = vec![
            vec![0.0, 2.0, 1.0],
            vec![1.0, -2.0, -3.0],
            vec![-1.0, 1.0, 2.0],
        ];
        let x = [1.0, 2.0, 3.0];
        let b: Vec<f64> = a
            .iter()
            .map(|row| row.iter().zip(&x).map(|(r, v)| r * v).sum())
            .collect();
        let solved = solve(&a, &b).unwrap_or_default();
        assert_eq!(solved.len(), 3);
        for (s, e) in solved.iter().zip(x) {
            assert!((s - e).abs() < 1e-12, "{solved:?}");
        }
    }

    #[test]
    fn refuses_singular_and_misshapen_systems() {
        assert_eq!(solve(&[vec![1.0, 2.0], vec![2.0, 4.0]], &[1.0, 2.0]), None);
        assert_eq!(solve(&[vec![1.0, 2.0]], &[1.0]), None);
        assert_eq!(solve(&[vec![f64::NAN]], &[1.0]), None);
        assert_eq!(solve(&[], &[]), Some(vec![]));
    }
}
