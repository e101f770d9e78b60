//! Squarified treemap layout (Bruls, Huizing and van Wijk): rectangles whose areas are
//! proportional to the values, as close to squares as the values allow.

/// A rectangle of the layout, for the value at `index` of the input.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tile {
    /// Position of the value in the input slice.
    pub index: usize,
    /// Left edge (in a right-to-left page, mirror it: `width - x - w`).
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Width.
    pub w: f64,
    /// Height.
    pub h: f64,
}

/// Lays out `values` (largest first gives the best shapes) in a `width` × `height` area.
/// Values that are zero, negative or not finite get no tile.
pub fn squarify(values: &[f64], width: f64, height: f64) -> Vec<Tile> {
    let mut items: Vec<(usize, f64)> = values
        .iter()
        .copied()
        .enumerate()
        .filter(|(_, value)| value.is_finite() && *value > 0.0)
        .collect();
    let total: f64 = items.iter().map(|(_, value)| value).sum();
    if total <= 0.0 || width <= 0.0 || height <= 0.0 {
        return Vec::new();
    }
    let scale = width * height / total;
    for item in &mut items {
        item.1 *= scale;
    }
    let mut tiles = Vec::with_capacity(items.len());
    let mut free = Free {
        x: 0.0,
        y: 0.0,
        w: width,
        h: height,
    };
    let mut row: Vec<(usize, f64)> = Vec::new();
    for item in items {
        let side = free.w.min(free.h);
        if row.is_empty() || worst(&with(&row, item), side) <= worst(&row, side) {
            row.push(item);
        } else {
            free = place_row(&row, free, &mut tiles);
            row = vec![item];
        }
    }
    if !row.is_empty() {
        place_row(&row, free, &mut tiles);
    }
    tiles
}

/// The part of the area not yet covered.
#[derive(Clone, Copy)]
struct Free {
    x: f64,
    y: f64,
    w: f64,
    h: f64,
}

fn with(row: &[(usize, f64)], item: (usize, f64)) -> Vec<(usize, f64)> {
    let mut longer = row.to_vec();
    longer.push(item);
    longer
}

/// The worst aspect ratio of a row of areas laid along a side of length `side`.
fn worst(row: &[(usize, f64)], side: f64) -> f64 {
    let sum: f64 = row.iter().map(|(_, area)| area).sum();
    let (min, max) = row
        .iter()
        .fold((f64::MAX, 0.0f64), |(min, max), (_, area)| {
            (min.min(*area), max.max(*area))
        });
    let side2 = side * side;
    let sum2 = sum * sum;
    (side2 * max / sum2).max(sum2 / (side2 * min))
}

/// Places a row along the shorter side of the free area and returns what is left.
fn place_row(row: &[(usize, f64)], free: Free, tiles: &mut Vec<Tile>) -> Free {
    let sum: f64 = row.iter().map(|(_, area)| area).sum();
    if free.w >= free.h {
        let column = sum / free.h;
        let mut y = free.y;
        for (index, area) in row {
            let h = area / column;
            tiles.push(Tile {
                index: *index,
                x: free.x,
                y,
                w: column,
                h,
            });
            y += h;
        }
        Free {
            x: free.x + column,
            w: (free.w - column).max(0.0),
            ..free
        }
    } else {
        let band = sum / free.w;
        let mut x = free.x;
        for (index, area) in row {
            let w = area / band;
            tiles.push(Tile {
                index: *index,
                x,
                y: free.y,
                w,
                h: band,
            });
            x += w;
        }
        Free {
            y: free.y + band,
            h: (free.h - band).max(0.0),
            ..free
        }
    }
}

/// The room a tile's text needs, in CSS pixels, for the narrowest treemap the page shows.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LabelMetrics {
    /// CSS pixels per layout unit at the narrowest treemap width.
    pub pixels_per_unit: f64,
    /// Font size in pixels.
    pub font_px: f64,
    /// Widest average advance of a character, in ems (bold text, any script).
    pub char_em: f64,
    /// Line height in ems.
    pub line_em: f64,
    /// Padding on each side of the tile, in pixels.
    pub padding_px: f64,
}

/// Whether a tile shows `name` (wrapped between words, never inside one) above `amount` (on one
/// line) without either spilling out of the tile; a tile that cannot shows no text.
pub fn label_fits(tile: &Tile, metrics: &LabelMetrics, name: &str, amount: &str) -> bool {
    let inner_width = tile.w * metrics.pixels_per_unit - 2.0 * metrics.padding_px;
    let inner_height = tile.h * metrics.pixels_per_unit - 2.0 * metrics.padding_px;
    let char_px = metrics.char_em * metrics.font_px;
    let width_of = |text: &str| text.chars().count() as f64 * char_px;
    if width_of(amount) > inner_width {
        return false;
    }
    let mut lines = 1;
    let mut line = 0.0;
    for word in name.split_whitespace() {
        let word_width = width_of(word);
        if word_width > inner_width {
            return false;
        }
        if line == 0.0 {
            line = word_width;
        } else if line + char_px + word_width <= inner_width {
            line += char_px + word_width;
        } else {
            lines += 1;
            line = word_width;
        }
    }
    f64::from(lines + 1) * metrics.line_em * metrics.font_px <= inner_height
}

#[cfg(test)]
mod tests {
    use super::*;

    const PHONE: LabelMetrics = LabelMetrics {
        pixels_per_unit: 3.0,
        font_px: 10.0,
        char_em: 0.5,
        line_em: 1.0,
        padding_px: 0.0,
    };

    fn tile(w: f64, h: f64) -> Tile {
        Tile {
            index: 0,
            x: 0.0,
            y: 0.0,
            w,
            h,
        }
    }

    #[test]
    fn a_label_fits_when_each_word_and_the_amount_fit_on_their_lines() {
        // 60 px wide: 12 characters a line; "Economic development" takes two lines, the amount
        // a third: 30 px high.
        assert!(label_fits(
            &tile(20.0, 10.0),
            &PHONE,
            "Economic development",
            "12,5 M MAD"
        ));
        assert!(!label_fits(
            &tile(20.0, 9.0),
            &PHONE,
            "Economic development",
            "12,5 M MAD"
        ));
    }

    #[test]
    fn a_word_or_an_amount_wider_than_the_tile_hides_the_label_instead_of_breaking_it() {
        assert!(!label_fits(&tile(10.0, 50.0), &PHONE, "Économie", "1 MAD"));
        assert!(!label_fits(&tile(10.0, 50.0), &PHONE, "Eau", "306,04 MAD"));
        assert!(label_fits(&tile(10.0, 50.0), &PHONE, "Eau", "3 MAD"));
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn areas_are_proportional_and_tiles_stay_inside_without_overlap() {
        let values = [6.0, 6.0, 4.0, 3.0, 2.0, 2.0, 1.0];
        let tiles = squarify(&values, 6.0, 4.0);
        assert_eq!(tiles.len(), values.len());
        for tile in &tiles {
            assert!(close(tile.w * tile.h, values[tile.index]), "{tile:?}");
            assert!(tile.x >= -1e-9 && tile.y >= -1e-9);
            assert!(tile.x + tile.w <= 6.0 + 1e-9 && tile.y + tile.h <= 4.0 + 1e-9);
        }
        for (i, a) in tiles.iter().enumerate() {
            for b in &tiles[i + 1..] {
                let overlap_w = (a.x + a.w).min(b.x + b.w) - a.x.max(b.x);
                let overlap_h = (a.y + a.h).min(b.y + b.h) - a.y.max(b.y);
                assert!(
                    overlap_w <= 1e-9 || overlap_h <= 1e-9,
                    "{a:?} overlaps {b:?}"
                );
            }
        }
        // The classic example: the first two tiles split the short side of the area.
        assert!(close(tiles[0].h, 2.0) && close(tiles[1].h, 2.0));
        assert!(close(tiles[0].w, 3.0));
    }

    #[test]
    fn empty_and_non_positive_values_get_no_tile() {
        assert!(squarify(&[], 100.0, 100.0).is_empty());
        assert!(squarify(&[0.0, -1.0], 100.0, 100.0).is_empty());
        let tiles = squarify(&[0.0, 5.0, f64::NAN], 100.0, 50.0);
        assert_eq!(tiles.len(), 1);
        assert_eq!(tiles[0].index, 1);
        assert!(close(tiles[0].w, 100.0) && close(tiles[0].h, 50.0));
    }
}
