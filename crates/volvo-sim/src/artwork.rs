//! Exterior pictures drawn in code: the car from the side, in its paint, on a transparent
//! background like Volvo's own renders. Shapes are polygons in millimetres (x from the front
//! bumper backwards, y up from the ground), filled with anti-aliasing: 16 sub-scanlines per
//! pixel row, each with exact horizontal coverage.

use crate::png_file;

pub(crate) const WIDTH: usize = 640;
pub(crate) const HEIGHT: usize = 360;
/// Sub-scanlines per pixel row.
const SUB: usize = 16;
/// How many pixels the car spans from bumper to bumper, and where the ground is.
const CAR_PX: f32 = 580.0;
const GROUND_PX: f32 = 292.0;

type P = [f32; 2];
type Rgb = [f32; 3];

/// The exterior picture of a `model` painted `paint`, as PNG bytes.
pub(crate) fn exterior_png(model: &str, paint: [u8; 3]) -> Vec<u8> {
    let paint = paint.map(|c| f32::from(c) / 255.0);
    let canvas = draw(&Design::for_model(model), paint);
    png_file::rgba(WIDTH as u32, HEIGHT as u32, &canvas.to_rgba8())
}

// ---------------------------------------------------------------------------------------------
// Designs

#[derive(Clone, Copy, PartialEq)]
enum Trim {
    Chrome,
    Black,
}

#[derive(Clone, Copy, PartialEq)]
enum Rims {
    /// Five pairs of thin spokes.
    DoubleSpoke,
    /// Five broad spokes.
    FiveSpoke,
    /// Five broad spokes on a graphite disc.
    Aero,
}

/// One body style, in millimetres.
struct Design {
    length: f32,
    axles: [f32; 2],
    wheel_r: f32,
    rim_r: f32,
    arch_r: f32,
    /// Height of the body's lower edge between the wheels.
    sill: f32,
    /// The silhouette from the bottom of the front bumper over the roof to the bottom of the
    /// rear bumper, as corners `[x, y, rounding]`; the wheel arches close it.
    outline: Vec<[f32; 3]>,
    /// The foot of the windscreen.
    cowl: P,
    /// The side windows, one polygon around all of them.
    glass: Vec<[f32; 3]>,
    /// Black pillars across the glass: `[x at the bottom, x at the top, width]`.
    pillars: Vec<[f32; 3]>,
    mirror: Vec<[f32; 3]>,
    headlamp: Vec<[f32; 3]>,
    taillamp: Vec<[f32; 3]>,
    /// Heights of the shoulder crease and of the lower crease, at the front and at the rear.
    shoulder: [f32; 2],
    lower: [f32; 2],
    /// Height of the black cladding along the bottom, and its width around the arches.
    cladding: [f32; 2],
    /// Door seams: front edge of the front door, and rear edge of the rear door.
    doors: [f32; 2],
    trim: Trim,
    black_roof: bool,
    rails: bool,
    rims: Rims,
}

impl Design {
    fn for_model(model: &str) -> Design {
        let model = model.to_ascii_uppercase();
        let is = |names: &[&str]| {
            model
                .split(|c: char| !c.is_ascii_alphanumeric())
                .any(|word| names.contains(&word))
        };
        if is(&["XC90", "EX90"]) {
            Design::large_suv()
        } else if is(&["EX30", "C40", "EC40"]) {
            Design::crossover()
        } else {
            Design::compact_suv()
        }
    }

    /// XC90: long, tall, a flat roof and an upright tailgate.
    fn large_suv() -> Design {
        Design {
            length: 4950.0,
            axles: [985.0, 3970.0],
            wheel_r: 385.0,
            rim_r: 280.0,
            arch_r: 430.0,
            sill: 300.0,
            outline: vec![
                [190.0, 290.0, 60.0],
                [25.0, 430.0, 120.0],
                [0.0, 720.0, 150.0],
                [35.0, 950.0, 90.0],
                [160.0, 1010.0, 80.0],
                [800.0, 1070.0, 600.0],
                [1560.0, 1125.0, 60.0],
                [2260.0, 1700.0, 260.0],
                [3300.0, 1776.0, 1500.0],
                [4560.0, 1745.0, 160.0],
                [4800.0, 1690.0, 60.0],
                [4855.0, 1300.0, 200.0],
                [4930.0, 1100.0, 120.0],
                [4950.0, 720.0, 150.0],
                [4890.0, 330.0, 80.0],
            ],
            cowl: [1560.0, 1125.0],
            glass: vec![
                [1700.0, 1150.0, 30.0],
                [2285.0, 1630.0, 150.0],
                [3300.0, 1690.0, 1500.0],
                [4420.0, 1660.0, 120.0],
                [4640.0, 1250.0, 60.0],
                [4560.0, 1200.0, 30.0],
            ],
            pillars: vec![[2880.0, 2850.0, 95.0], [3860.0, 3900.0, 80.0]],
            mirror: vec![
                [1600.0, 1165.0, 20.0],
                [1640.0, 1295.0, 40.0],
                [1840.0, 1315.0, 40.0],
                [1900.0, 1205.0, 30.0],
                [1800.0, 1145.0, 20.0],
            ],
            headlamp: vec![
                [40.0, 930.0, 20.0],
                [420.0, 990.0, 30.0],
                [440.0, 920.0, 30.0],
                [60.0, 860.0, 30.0],
            ],
            taillamp: vec![
                [4790.0, 1600.0, 20.0],
                [4848.0, 1610.0, 20.0],
                [4940.0, 1040.0, 30.0],
                [4880.0, 1010.0, 20.0],
                [4835.0, 1300.0, 30.0],
            ],
            shoulder: [1010.0, 1080.0],
            lower: [540.0, 610.0],
            cladding: [80.0, 28.0],
            doors: [1560.0, 3840.0],
            trim: Trim::Chrome,
            black_roof: false,
            rails: true,
            rims: Rims::DoubleSpoke,
        }
    }

    /// XC40: compact and boxy, with the kicked-up rear window line.
    fn compact_suv() -> Design {
        Design {
            length: 4425.0,
            axles: [890.0, 3592.0],
            wheel_r: 365.0,
            rim_r: 262.0,
            arch_r: 412.0,
            sill: 290.0,
            outline: vec![
                [160.0, 290.0, 60.0],
                [22.0, 430.0, 100.0],
                [0.0, 700.0, 130.0],
                [30.0, 920.0, 80.0],
                [150.0, 975.0, 70.0],
                [750.0, 1020.0, 500.0],
                [1420.0, 1065.0, 50.0],
                [2080.0, 1600.0, 220.0],
                [3000.0, 1652.0, 1500.0],
                [4150.0, 1625.0, 120.0],
                [4330.0, 1580.0, 50.0],
                [4380.0, 1150.0, 150.0],
                [4425.0, 950.0, 120.0],
                [4420.0, 650.0, 120.0],
                [4360.0, 320.0, 80.0],
            ],
            cowl: [1420.0, 1065.0],
            glass: vec![
                [1566.0, 1100.0, 30.0],
                [2096.0, 1530.0, 150.0],
                [3000.0, 1575.0, 1500.0],
                [3900.0, 1555.0, 100.0],
                [4080.0, 1380.0, 60.0],
                [4040.0, 1330.0, 30.0],
                [3780.0, 1300.0, 120.0],
                [3520.0, 1130.0, 60.0],
            ],
            pillars: vec![[2600.0, 2570.0, 90.0], [3560.0, 3620.0, 75.0]],
            mirror: vec![
                [1470.0, 1110.0, 20.0],
                [1510.0, 1235.0, 40.0],
                [1710.0, 1255.0, 40.0],
                [1770.0, 1145.0, 30.0],
                [1670.0, 1090.0, 20.0],
            ],
            headlamp: vec![
                [40.0, 900.0, 20.0],
                [400.0, 950.0, 30.0],
                [420.0, 880.0, 30.0],
                [60.0, 830.0, 30.0],
            ],
            taillamp: vec![
                [4300.0, 1560.0, 20.0],
                [4340.0, 1565.0, 20.0],
                [4415.0, 980.0, 30.0],
                [4365.0, 960.0, 20.0],
                [4350.0, 1250.0, 30.0],
            ],
            shoulder: [960.0, 1030.0],
            lower: [520.0, 590.0],
            cladding: [110.0, 60.0],
            doors: [1420.0, 3540.0],
            trim: Trim::Black,
            black_roof: false,
            rails: true,
            rims: Rims::FiveSpoke,
        }
    }

    /// EX30: short overhangs, a faster windscreen and a black "floating" roof.
    fn crossover() -> Design {
        Design {
            length: 4233.0,
            axles: [800.0, 3450.0],
            wheel_r: 355.0,
            rim_r: 255.0,
            arch_r: 400.0,
            sill: 280.0,
            outline: vec![
                [130.0, 290.0, 60.0],
                [15.0, 430.0, 110.0],
                [0.0, 640.0, 140.0],
                [40.0, 830.0, 100.0],
                [180.0, 900.0, 90.0],
                [650.0, 950.0, 400.0],
                [1200.0, 1005.0, 40.0],
                [1920.0, 1500.0, 300.0],
                [2700.0, 1549.0, 1200.0],
                [3800.0, 1470.0, 300.0],
                [4060.0, 1390.0, 60.0],
                [4170.0, 1080.0, 150.0],
                [4233.0, 880.0, 120.0],
                [4225.0, 620.0, 120.0],
                [4170.0, 320.0, 70.0],
            ],
            cowl: [1200.0, 1005.0],
            glass: vec![
                [1367.0, 1040.0, 30.0],
                [1941.0, 1435.0, 150.0],
                [2700.0, 1480.0, 1200.0],
                [3650.0, 1415.0, 250.0],
                [3930.0, 1170.0, 60.0],
                [3780.0, 1115.0, 30.0],
            ],
            pillars: vec![[2400.0, 2370.0, 85.0]],
            mirror: vec![
                [1270.0, 1050.0, 20.0],
                [1310.0, 1175.0, 40.0],
                [1500.0, 1190.0, 40.0],
                [1550.0, 1085.0, 30.0],
                [1460.0, 1030.0, 20.0],
            ],
            headlamp: vec![
                [50.0, 830.0, 20.0],
                [360.0, 880.0, 30.0],
                [380.0, 810.0, 30.0],
                [70.0, 760.0, 30.0],
            ],
            taillamp: vec![
                [4090.0, 1390.0, 20.0],
                [4140.0, 1390.0, 20.0],
                [4225.0, 930.0, 30.0],
                [4170.0, 910.0, 20.0],
                [4150.0, 1150.0, 30.0],
            ],
            shoulder: [900.0, 970.0],
            lower: [500.0, 570.0],
            cladding: [110.0, 60.0],
            doors: [1230.0, 3560.0],
            trim: Trim::Black,
            black_roof: true,
            rails: false,
            rims: Rims::Aero,
        }
    }

    /// The whole silhouette, arches included.
    fn silhouette(&self) -> Vec<[f32; 3]> {
        let mut corners = self.outline.clone();
        let dip = ((self.wheel_r - self.sill) / self.arch_r)
            .clamp(-1.0, 1.0)
            .asin();
        for &axle in self.axles.iter().rev() {
            let steps = 40;
            for k in 0..=steps {
                let a = -dip + (std::f32::consts::PI + 2.0 * dip) * k as f32 / steps as f32;
                let round = if k == 0 || k == steps { 25.0 } else { 0.0 };
                corners.push([
                    axle + self.arch_r * a.cos(),
                    self.wheel_r + self.arch_r * a.sin(),
                    round,
                ]);
            }
        }
        corners
    }

    fn shoulder_at(&self, x: f32) -> f32 {
        lerp(self.shoulder[0], self.shoulder[1], x / self.length)
    }

    fn lower_at(&self, x: f32) -> f32 {
        lerp(self.lower[0], self.lower[1], x / self.length)
    }
}

// ---------------------------------------------------------------------------------------------
// Drawing

fn draw(d: &Design, paint: Rgb) -> Canvas {
    let mut c = Canvas::new(CAR_PX / d.length, (WIDTH as f32 - CAR_PX) / 2.0, GROUND_PX);
    let (l, wr) = (d.length, d.wheel_r);

    // Ground shadow: a wide soft pool, darker under the car and at the tyres.
    c.shade_all(|x, y| {
        let pool = soft_ellipse(x - l / 2.0, y, l * 0.53, 150.0) * 0.30;
        let under = soft_ellipse(x - l / 2.0, y - 10.0, l * 0.44, 70.0) * 0.35;
        let tyres = d
            .axles
            .iter()
            .map(|&a| soft_ellipse(x - a, y, wr * 1.15, 45.0) * 0.55)
            .fold(0.0, f32::max);
        [
            0.0,
            0.0,
            0.0,
            1.0 - (1.0 - pool) * (1.0 - under) * (1.0 - tyres),
        ]
    });

    let outline = rounded(&d.silhouette());
    let body = c.mask(std::slice::from_ref(&outline));
    // Sky reflected along the top edge (hood, windscreen pillar, roof): it also keeps the
    // silhouette readable on dark backgrounds.
    let tops: Vec<f32> = (0..WIDTH)
        .map(|col| top_at(&outline, c.to_mm(col, 0)[0]))
        .collect();
    let (scale, left) = (c.scale, c.left);
    let rim = |x: f32, y: f32| {
        let col = ((left + x * scale).max(0.0) as usize).min(WIDTH - 1);
        smooth(36.0, 0.0, tops[col] - y)
    };

    // Wheel wells, then the wheels.
    for &axle in &d.axles {
        // Wider than the arch (the body hides the rest), but never below the sill.
        let well = arc_polygon([axle, wr], d.arch_r + 30.0, d.sill + 5.0);
        let well = c.mask(&[well]);
        c.fill(&well, None, |_, y| {
            let k = 0.05 + 0.03 * ((y - d.sill) / d.arch_r).clamp(0.0, 1.0);
            [k, k, k * 1.08, 1.0]
        });
        wheel(&mut c, d, [axle, wr]);
    }

    // The painted body.
    c.fill(&body, None, |x, y| {
        let [r, g, b] = mix(body_shade(d, paint, x, y), [1.0; 3], 0.22 * rim(x, y));
        [r, g, b, 1.0]
    });

    // Black cladding along the bottom and around the arches.
    let mut clad = vec![rect(-100.0, -100.0, l + 100.0, d.sill + d.cladding[0])];
    for &axle in &d.axles {
        clad.push(circle([axle, wr], d.arch_r + d.cladding[1], 96));
    }
    let clad = c.mask(&clad);
    c.fill(&clad, Some(&body), |_, y| {
        let t = ((y - d.sill) / d.cladding[0]).clamp(0.0, 1.0);
        let k = 0.12 + 0.05 * t;
        [k, k, k * 1.06, 1.0]
    });

    // The black greenhouse of the EX30.
    if d.black_roof {
        let belt = d.glass[0][1];
        let rear = d.glass.iter().map(|p| p[0]).fold(0.0, f32::max);
        let roof = c.mask(&[vec![
            [d.cowl[0] + 30.0, d.cowl[1] + 10.0],
            [rear + 120.0, belt + 90.0],
            [l + 100.0, belt + 90.0],
            [l + 100.0, 3000.0],
            [d.cowl[0] + 30.0, 3000.0],
        ]]);
        c.fill(&roof, Some(&body), |x, y| {
            let k = 0.07 + 0.05 * smooth(1300.0, 1550.0, y) + 0.02 * (x / l) + 0.22 * rim(x, y);
            [k, k, k * 1.08, 1.0]
        });
    }

    // Side windows: trim around them, tinted glass, black pillars, a reflection.
    let glass_outline = rounded(&d.glass);
    let trim = c.mask(&stroke(&closed(&glass_outline), 40.0));
    let trim_colour = d.trim;
    c.fill(&trim, Some(&body), |_, y| match trim_colour {
        Trim::Chrome => {
            let k = 0.62 + 0.25 * smooth(1100.0, 1700.0, y);
            [k, k, k * 1.03, 1.0]
        }
        Trim::Black => [0.07, 0.07, 0.08, 1.0],
    });
    let glass = c.mask(std::slice::from_ref(&glass_outline));
    c.fill(&glass, None, |x, y| {
        let t = ((y - 1050.0) / 600.0).clamp(0.0, 1.0);
        let streak = smooth(0.0, 60.0, band(x + y * 0.9, 3000.0, 3260.0)) * 0.05
            + smooth(0.0, 40.0, band(x + y * 0.9, 3330.0, 3420.0)) * 0.04;
        let base = [0.10 + 0.06 * t, 0.12 + 0.07 * t, 0.15 + 0.08 * t];
        let [r, g, b] = mix(base, [1.0, 1.0, 1.0], streak);
        [r, g, b, 1.0]
    });
    let pillars: Vec<Vec<P>> = d
        .pillars
        .iter()
        .map(|&[bottom, top, w]| {
            vec![
                [bottom - w / 2.0, 900.0],
                [bottom + w / 2.0, 900.0],
                [top + w / 2.0, 2000.0],
                [top - w / 2.0, 2000.0],
            ]
        })
        .collect();
    let pillars = c.mask(&pillars);
    c.fill(&pillars, Some(&glass), |_, _| [0.05, 0.05, 0.06, 1.0]);

    // Door seams and handles.
    let belt_y = |x: f32| {
        let (f, r) = (d.glass[0], d.glass[d.glass.len() - 1]);
        lerp(f[1], r[1], ((x - f[0]) / (r[0] - f[0])).clamp(0.0, 1.0)) - 25.0
    };
    let mut seams = Vec::new();
    let front = d.doors[0];
    seams.extend(stroke(
        &[
            [front, belt_y(front) - 40.0],
            [front + 30.0, d.sill + d.cladding[0]],
        ],
        9.0,
    ));
    if let Some(&[bottom, top, _]) = d.pillars.first() {
        // The B-pillar's seam, carried on down the door.
        let x_at = |y: f32| bottom + (top - bottom) * (y - 900.0) / 1100.0;
        let (y0, y1) = (belt_y(bottom), d.sill + d.cladding[0]);
        seams.extend(stroke(&[[x_at(y0), y0], [x_at(y1), y1]], 9.0));
    }
    let rear = d.doors[1];
    let (ra, rr) = (d.axles[1], d.arch_r + d.cladding[1] + 40.0);
    let mut line = vec![[rear, belt_y(rear) - 10.0]];
    if (rear - ra).abs() < rr {
        let hit = wr + (rr * rr - (rear - ra) * (rear - ra)).sqrt();
        line.push([rear, hit]);
        let a0 = (hit - wr).atan2(rear - ra);
        let end = std::f32::consts::PI - ((d.sill + d.cladding[0] - wr) / rr).asin();
        for k in 1..=24 {
            let a = a0 + (end - a0) * k as f32 / 24.0;
            line.push([ra + rr * a.cos(), wr + rr * a.sin()]);
        }
    } else {
        line.push([rear, d.sill + d.cladding[0]]);
    }
    seams.extend(stroke(&line, 9.0));
    let seams = c.mask(&seams);
    c.fill(&seams, Some(&body), |_, _| [0.0, 0.0, 0.0, 0.45]);

    let handle_y = |x: f32| belt_y(x) - 130.0;
    let b_pillar = d.pillars.first().map_or(front + 1100.0, |p| p[0]);
    let handles: Vec<Vec<P>> = [b_pillar - 330.0, rear - 300.0]
        .iter()
        .map(|&x| {
            rounded(&[
                [x, handle_y(x) - 22.0, 20.0],
                [x + 200.0, handle_y(x) - 22.0, 20.0],
                [x + 200.0, handle_y(x) + 22.0, 20.0],
                [x, handle_y(x) + 22.0, 20.0],
            ])
        })
        .collect();
    let handles = c.mask(&handles);
    c.fill(&handles, Some(&body), |x, y| {
        let hy = handle_y(x);
        let [r, g, b] = body_shade(d, paint, x, y);
        // Lit along the top, in shadow underneath.
        let k = lerp(0.7, 1.25, smooth(hy - 6.0, hy + 6.0, y));
        [r * k, g * k, b * k, 1.0]
    });

    // Mirror.
    let mirror = c.mask(&[rounded(&d.mirror)]);
    let mirror_base = d.mirror.iter().map(|p| p[1]).fold(f32::MAX, f32::min);
    c.fill(&mirror, None, |x, y| {
        // A painted cap on a black base.
        let cap = body_shade(d, paint, x, d.shoulder_at(x) + 60.0 + (y - mirror_base));
        let [r, g, b] = mix([0.07, 0.07, 0.08], cap, smooth(25.0, 40.0, y - mirror_base));
        [r, g, b, 1.0]
    });

    // Lamps.
    let head = c.mask(&[rounded(&d.headlamp)]);
    c.fill(&head, Some(&body), |_, y| {
        // Smoked glass over a dark housing.
        let t = ((y - d.headlamp[3][1]) / 120.0).clamp(0.0, 1.0);
        let k = 0.16 + 0.22 * t;
        [k, k * 1.02, k * 1.07, 1.0]
    });
    let led = c.mask(&stroke(
        &[
            [d.headlamp[0][0] + 40.0, d.headlamp[0][1] - 10.0],
            [d.headlamp[1][0] - 40.0, d.headlamp[1][1] - 22.0],
        ],
        22.0,
    ));
    c.fill(&led, Some(&head), |_, _| [0.96, 0.98, 1.0, 1.0]);
    let tail = c.mask(&[rounded(&d.taillamp)]);
    c.fill(&tail, Some(&body), |x, y| {
        let t = smooth(900.0, 1600.0, y);
        let edge = smooth(0.0, 60.0, d.length - x);
        [0.55 + 0.2 * t * edge, 0.05, 0.07, 1.0]
    });

    // Roof rails.
    if d.rails {
        let (x0, x1) = (d.glass[1][0] + 150.0, d.glass[3][0] + 60.0);
        let points: Vec<P> = (0..=30)
            .map(|k| {
                let x = lerp(x0, x1, k as f32 / 30.0);
                [x, top_at(&outline, x) + 8.0]
            })
            .collect();
        let rails = c.mask(&stroke(&points, 36.0));
        let chrome = d.trim == Trim::Chrome;
        c.fill(&rails, None, |_, y| {
            let t = smooth(1500.0, 1800.0, y);
            if chrome {
                let k = 0.55 + 0.3 * t;
                [k, k, k * 1.03, 1.0]
            } else {
                let k = 0.08 + 0.06 * t;
                [k, k, k, 1.0]
            }
        });
    }
    c
}

fn body_shade(d: &Design, paint: Rgb, x: f32, y: f32) -> Rgb {
    let shoulder = d.shoulder_at(x);
    let lower = d.lower_at(x);
    // Above the crease the flank turns in and darkens a little; hood and roof catch the sky.
    let above = smooth(shoulder - 4.0, shoulder + 4.0, y);
    let sky = smooth(shoulder + 60.0, shoulder + 260.0, y);
    // Just under the crease, a crisp catch light fading down the door.
    let under = (shoulder - y).max(0.0);
    let catch = (-under / 70.0).exp() * (1.0 - above);
    // The lower body tucks under into shadow.
    let tuck = smooth(lower + 6.0, lower - 6.0, y) * (0.8 + 0.2 * smooth(lower, d.sill, y));
    let mut k = lerp(1.0, 0.9, above) * lerp(1.0, 0.74, tuck);
    k *= 1.0 - 0.06 * ((shoulder - y) / (shoulder - lower)).clamp(0.0, 1.0);
    // The ends curve away from the light.
    let end = x.min(d.length - x);
    k *= 0.82 + 0.18 * smooth(0.0, 450.0, end);
    let base = paint.map(|c| (c * k).min(1.0));
    mix(base, [1.0, 1.0, 1.0], 0.26 * catch + 0.14 * sky)
}

fn wheel(c: &mut Canvas, d: &Design, centre: P) {
    let (wr, rim) = (d.wheel_r, d.rim_r);
    let tyre = c.mask(&[circle(centre, wr, 128)]);
    c.fill(&tyre, None, |x, y| {
        let r = dist([x, y], centre) / wr;
        // Sidewall a touch lighter than the tread; lit from above.
        let wall = smooth(0.98, 0.9, r) * smooth(rim / wr, rim / wr + 0.05, r);
        let lit = 0.5 + 0.5 * ((y - centre[1]) / wr);
        let k = 0.07 + 0.05 * wall + 0.03 * lit;
        [k, k, k * 1.05, 1.0]
    });
    // Behind the spokes: the dark barrel and the brake disc.
    let barrel = c.mask(&[circle(centre, rim, 96)]);
    let aero = d.rims == Rims::Aero;
    c.fill(&barrel, None, |x, y| {
        let r = dist([x, y], centre) / rim;
        // A graphite face for the aero disc; otherwise the brake disc inside a dark barrel.
        let k = if aero {
            0.16 + 0.05 * ((y - centre[1]) / rim)
        } else {
            lerp(0.30, 0.09, smooth(0.6, 0.64, r))
        };
        [k, k, k * 1.04, 1.0]
    });
    let spokes = match d.rims {
        Rims::DoubleSpoke => (0..10)
            .map(|i| {
                let a = (i / 2) as f32 * 72.0 + if i % 2 == 0 { -7.0 } else { 7.0 } - 90.0;
                spoke(
                    centre,
                    a.to_radians(),
                    rim * 0.22,
                    rim * 0.93,
                    rim * 0.1,
                    rim * 0.07,
                )
            })
            .collect::<Vec<_>>(),
        Rims::FiveSpoke => (0..5)
            .map(|i| {
                let a = (i as f32 * 72.0 - 90.0).to_radians();
                spoke(centre, a, rim * 0.22, rim * 0.93, rim * 0.22, rim * 0.3)
            })
            .collect(),
        Rims::Aero => {
            // Broad spokes on a graphite disc.
            (0..5)
                .map(|i| {
                    let a = (i as f32 * 72.0 - 90.0).to_radians();
                    spoke(centre, a, rim * 0.22, rim * 0.93, rim * 0.34, rim * 0.5)
                })
                .collect()
        }
    };
    let spokes = c.mask(&spokes);
    let face = |x: f32, y: f32| {
        // Brushed silver, brighter towards the top left.
        let dx = (x - centre[0]) / rim;
        let dy = (y - centre[1]) / rim;
        let k = 0.66 + 0.16 * dy - 0.08 * dx;
        [k, k * 1.01, k * 1.04, 1.0]
    };
    c.fill(&spokes, None, face);
    let lip = c.mask(&[ring(centre, rim, rim * 0.9)]);
    c.fill(&lip, None, face);
    let hub = c.mask(&[circle(centre, rim * 0.26, 48)]);
    c.fill(&hub, None, face);
    let cap = c.mask(&[circle(centre, rim * 0.12, 32)]);
    c.fill(&cap, None, |_, _| [0.12, 0.12, 0.13, 1.0]);
}

fn spoke(c: P, angle: f32, r0: f32, r1: f32, w0: f32, w1: f32) -> Vec<P> {
    let (dx, dy) = (angle.cos(), angle.sin());
    let (nx, ny) = (-dy, dx);
    vec![
        [
            c[0] + dx * r0 + nx * w0 / 2.0,
            c[1] + dy * r0 + ny * w0 / 2.0,
        ],
        [
            c[0] + dx * r1 + nx * w1 / 2.0,
            c[1] + dy * r1 + ny * w1 / 2.0,
        ],
        [
            c[0] + dx * r1 - nx * w1 / 2.0,
            c[1] + dy * r1 - ny * w1 / 2.0,
        ],
        [
            c[0] + dx * r0 - nx * w0 / 2.0,
            c[1] + dy * r0 - ny * w0 / 2.0,
        ],
    ]
}

// ---------------------------------------------------------------------------------------------
// Geometry

/// A closed polygon through `corners`, each rounded off by a quadratic curve that starts and
/// ends `[2]` millimetres from it (or half-way along a shorter side).
fn rounded(corners: &[[f32; 3]]) -> Vec<P> {
    let n = corners.len();
    let mut out = Vec::with_capacity(n * 17);
    for i in 0..n {
        let [px, py, _] = corners[(i + n - 1) % n];
        let [x, y, r] = corners[i];
        let [nx, ny, _] = corners[(i + 1) % n];
        let (la, lb) = (dist([px, py], [x, y]), dist([nx, ny], [x, y]));
        let r = r.min(la / 2.0).min(lb / 2.0);
        if r <= 0.0 || la == 0.0 || lb == 0.0 {
            out.push([x, y]);
            continue;
        }
        let a = [x + (px - x) / la * r, y + (py - y) / la * r];
        let b = [x + (nx - x) / lb * r, y + (ny - y) / lb * r];
        let steps = 16;
        for k in 0..=steps {
            let t = k as f32 / steps as f32;
            let (u, v, w) = ((1.0 - t) * (1.0 - t), 2.0 * (1.0 - t) * t, t * t);
            out.push([u * a[0] + v * x + w * b[0], u * a[1] + v * y + w * b[1]]);
        }
    }
    out
}

fn circle(c: P, r: f32, steps: usize) -> Vec<P> {
    (0..steps)
        .map(|k| {
            let a = std::f32::consts::TAU * k as f32 / steps as f32;
            [c[0] + r * a.cos(), c[1] + r * a.sin()]
        })
        .collect()
}

/// An annulus as one polygon: out round the outer circle, back round the inner one.
fn ring(c: P, outer: f32, inner: f32) -> Vec<P> {
    let mut out = circle(c, outer, 96);
    out.push(out[0]);
    let mut back = circle(c, inner, 96);
    back.push(back[0]);
    back.reverse();
    out.extend(back);
    out
}

/// The part of a disc above the height `floor`.
fn arc_polygon(c: P, r: f32, floor: f32) -> Vec<P> {
    let dip = ((c[1] - floor) / r).clamp(-1.0, 1.0).asin();
    (0..=64)
        .map(|k| {
            let a = -dip + (std::f32::consts::PI + 2.0 * dip) * k as f32 / 64.0;
            [c[0] + r * a.cos(), c[1] + r * a.sin()]
        })
        .collect()
}

fn rect(x0: f32, y0: f32, x1: f32, y1: f32) -> Vec<P> {
    vec![[x0, y0], [x1, y0], [x1, y1], [x0, y1]]
}

fn closed(points: &[P]) -> Vec<P> {
    let mut out = points.to_vec();
    out.push(points[0]);
    out
}

/// A line of `width` along `points`, as one quad per segment, each overlapping the next a
/// little so the joins have no gaps.
fn stroke(points: &[P], width: f32) -> Vec<Vec<P>> {
    let mut out = Vec::new();
    for pair in points.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let len = dist(a, b);
        if len == 0.0 {
            continue;
        }
        let (dx, dy) = ((b[0] - a[0]) / len, (b[1] - a[1]) / len);
        let h = width / 2.0;
        let (nx, ny) = (-dy * h, dx * h);
        let (ex, ey) = (dx * h * 0.5, dy * h * 0.5);
        out.push(vec![
            [a[0] + nx - ex, a[1] + ny - ey],
            [b[0] + nx + ex, b[1] + ny + ey],
            [b[0] - nx + ex, b[1] - ny + ey],
            [a[0] - nx - ex, a[1] - ny - ey],
        ]);
    }
    out
}

/// The highest point of `outline` above `x`.
fn top_at(outline: &[P], x: f32) -> f32 {
    let n = outline.len();
    let mut top = f32::MIN;
    for i in 0..n {
        let (a, b) = (outline[i], outline[(i + 1) % n]);
        if (a[0] <= x) != (b[0] <= x) {
            let t = (x - a[0]) / (b[0] - a[0]);
            top = top.max(lerp(a[1], b[1], t));
        }
    }
    top
}

fn dist(a: P, b: P) -> f32 {
    (a[0] - b[0]).hypot(a[1] - b[1])
}

fn lerp(a: f32, b: f32, t: f32) -> f32 {
    a + (b - a) * t
}

fn mix(a: Rgb, b: Rgb, t: f32) -> Rgb {
    [
        lerp(a[0], b[0], t),
        lerp(a[1], b[1], t),
        lerp(a[2], b[2], t),
    ]
}

/// 0 at `e0`, 1 at `e1`, smooth in between (either order).
fn smooth(e0: f32, e1: f32, v: f32) -> f32 {
    let t = ((v - e0) / (e1 - e0)).clamp(0.0, 1.0);
    t * t * (3.0 - 2.0 * t)
}

/// How far `v` is inside `[lo, hi]` (negative outside).
fn band(v: f32, lo: f32, hi: f32) -> f32 {
    (v - lo).min(hi - v)
}

/// 1 at the centre of an ellipse, falling smoothly to exactly 0 at its rim.
fn soft_ellipse(dx: f32, dy: f32, rx: f32, ry: f32) -> f32 {
    let d = (dx / rx).powi(2) + (dy / ry).powi(2);
    if d >= 1.0 {
        0.0
    } else {
        (1.0 - d) * (1.0 - d)
    }
}

// ---------------------------------------------------------------------------------------------
// Rasterising

/// How much of each pixel a shape covers, 0 to 1, within its bounding rows.
struct Mask {
    rows: std::ops::Range<usize>,
    cover: Vec<f32>,
}

impl Mask {
    fn at(&self, i: usize) -> f32 {
        self.cover[i]
    }
}

/// Premultiplied RGBA, and the mapping from millimetres to pixels.
struct Canvas {
    px: Vec<[f32; 4]>,
    scale: f32,
    left: f32,
    ground: f32,
}

impl Canvas {
    fn new(scale: f32, left: f32, ground: f32) -> Canvas {
        Canvas {
            px: vec![[0.0; 4]; WIDTH * HEIGHT],
            scale,
            left,
            ground,
        }
    }

    fn to_px(&self, p: P) -> P {
        [
            self.left + p[0] * self.scale,
            self.ground - p[1] * self.scale,
        ]
    }

    fn to_mm(&self, x: usize, y: usize) -> P {
        [
            (x as f32 + 0.5 - self.left) / self.scale,
            (self.ground - (y as f32 + 0.5)) / self.scale,
        ]
    }

    /// Rasterises closed polygons (in millimetres) with the nonzero winding rule.
    fn mask(&self, polygons: &[Vec<P>]) -> Mask {
        let mut edges: Vec<[f32; 4]> = Vec::new();
        for poly in polygons {
            let n = poly.len();
            // Every polygon winds the same way, so overlapping ones add up rather than cancel.
            let area: f32 = (0..n)
                .map(|i| {
                    let (a, b) = (poly[i], poly[(i + 1) % n]);
                    a[0] * b[1] - b[0] * a[1]
                })
                .sum();
            for i in 0..n {
                let (i, j) = if area >= 0.0 {
                    (i, (i + 1) % n)
                } else {
                    ((i + 1) % n, i)
                };
                let a = self.to_px(poly[i]);
                let b = self.to_px(poly[j]);
                if a[1] != b[1] {
                    edges.push([a[0], a[1], b[0], b[1]]);
                }
            }
        }
        let top = edges
            .iter()
            .map(|e| e[1].min(e[3]))
            .fold(f32::MAX, f32::min);
        let bottom = edges
            .iter()
            .map(|e| e[1].max(e[3]))
            .fold(f32::MIN, f32::max);
        let rows =
            (top.floor().max(0.0) as usize)..(bottom.ceil().clamp(0.0, HEIGHT as f32) as usize);
        let rows = rows.start.min(rows.end)..rows.end;
        let mut cover = vec![0.0f32; rows.len() * WIDTH];
        let mut buckets: Vec<Vec<usize>> = vec![Vec::new(); rows.len()];
        for (i, e) in edges.iter().enumerate() {
            let lo = (e[1].min(e[3]).floor().max(rows.start as f32) as usize).max(rows.start);
            let hi = (e[1].max(e[3]).ceil() as usize).min(rows.end);
            for row in lo..hi {
                buckets[row - rows.start].push(i);
            }
        }
        let mut crossings: Vec<(f32, i32)> = Vec::new();
        let mut acc = vec![0.0f32; WIDTH + 1];
        let mut run = vec![0.0f32; WIDTH + 1];
        let weight = 1.0 / SUB as f32;
        for (r, bucket) in buckets.iter().enumerate() {
            let row = rows.start + r;
            for s in 0..SUB {
                let sy = row as f32 + (s as f32 + 0.5) / SUB as f32;
                crossings.clear();
                for &i in bucket {
                    let [x0, y0, x1, y1] = edges[i];
                    if (y0 <= sy && sy < y1) || (y1 <= sy && sy < y0) {
                        let x = x0 + (x1 - x0) * (sy - y0) / (y1 - y0);
                        crossings.push((x, if y1 > y0 { 1 } else { -1 }));
                    }
                }
                crossings.sort_by(|a, b| a.0.total_cmp(&b.0));
                let mut winding = 0;
                let mut start = 0.0;
                for &(x, dir) in &crossings {
                    let was = winding;
                    winding += dir;
                    if was == 0 && winding != 0 {
                        start = x;
                    } else if was != 0 && winding == 0 {
                        span(&mut acc, &mut run, start, x, weight);
                    }
                }
            }
            let mut level = 0.0;
            for x in 0..WIDTH {
                level += run[x];
                cover[r * WIDTH + x] = (acc[x] + level).clamp(0.0, 1.0);
            }
            acc.iter_mut().for_each(|v| *v = 0.0);
            run.iter_mut().for_each(|v| *v = 0.0);
        }
        Mask { rows, cover }
    }

    /// Paints `shade` (straight RGBA at a point in millimetres) where `mask` covers, within
    /// `clip` if given.
    fn fill(&mut self, mask: &Mask, clip: Option<&Mask>, shade: impl Fn(f32, f32) -> [f32; 4]) {
        for y in mask.rows.clone() {
            for x in 0..WIDTH {
                let mut cover = mask.at((y - mask.rows.start) * WIDTH + x);
                if let Some(clip) = clip {
                    cover *= if clip.rows.contains(&y) {
                        clip.at((y - clip.rows.start) * WIDTH + x)
                    } else {
                        0.0
                    };
                }
                if cover <= 0.0 {
                    continue;
                }
                let [mx, my] = self.to_mm(x, y);
                let [r, g, b, a] = shade(mx, my);
                self.over(y * WIDTH + x, [r, g, b], a * cover);
            }
        }
    }

    /// Paints `shade` over the whole picture.
    fn shade_all(&mut self, shade: impl Fn(f32, f32) -> [f32; 4]) {
        for y in 0..HEIGHT {
            for x in 0..WIDTH {
                let [mx, my] = self.to_mm(x, y);
                let [r, g, b, a] = shade(mx, my);
                if a > 0.0 {
                    self.over(y * WIDTH + x, [r, g, b], a);
                }
            }
        }
    }

    fn over(&mut self, i: usize, rgb: Rgb, alpha: f32) {
        let dst = &mut self.px[i];
        let keep = 1.0 - alpha;
        for c in 0..3 {
            dst[c] = rgb[c] * alpha + dst[c] * keep;
        }
        dst[3] = alpha + dst[3] * keep;
    }

    fn to_rgba8(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.px.len() * 4);
        for &[r, g, b, a] in &self.px {
            let alpha = (a * 255.0).round().clamp(0.0, 255.0) as u8;
            if alpha == 0 {
                out.extend_from_slice(&[0, 0, 0, 0]);
                continue;
            }
            let byte = |c: f32| ((c / a) * 255.0).round().clamp(0.0, 255.0) as u8;
            out.extend_from_slice(&[byte(r), byte(g), byte(b), alpha]);
        }
        out
    }
}

/// Adds the horizontal extent `[x0, x1)` of one sub-scanline, `weight` per full pixel:
/// partial pixels go straight into `acc`, runs of full ones into the difference row `run`.
fn span(acc: &mut [f32], run: &mut [f32], x0: f32, x1: f32, weight: f32) {
    let x0 = x0.clamp(0.0, WIDTH as f32);
    let x1 = x1.clamp(0.0, WIDTH as f32);
    if x1 <= x0 {
        return;
    }
    let (i0, i1) = (x0.floor() as usize, x1.floor() as usize);
    if i0 == i1 {
        acc[i0] += (x1 - x0) * weight;
        return;
    }
    acc[i0] += (i0 as f32 + 1.0 - x0) * weight;
    run[i0 + 1] += weight;
    run[i1] -= weight;
    if i1 < WIDTH {
        acc[i1] += (x1 - i1 as f32) * weight;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::png_file::decode::decode;

    #[test]
    fn pictures_are_transparent_around_an_opaque_car() {
        for model in ["XC40 Recharge", "XC90", "EX30", "Polestar"] {
            let png = exterior_png(model, [138, 154, 123]);
            assert!(png.len() < 60_000, "{model}: {} bytes", png.len());
            assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
            assert_eq!(&png[12..16], b"IHDR");
            let picture = decode(&png);
            assert_eq!((picture.width, picture.height), (WIDTH, HEIGHT));
            assert_eq!(picture.colour_type, png::ColorType::Rgba, "RGBA");
            for (x, y) in [
                (0, 0),
                (WIDTH - 1, 0),
                (0, HEIGHT - 1),
                (WIDTH - 1, HEIGHT - 1),
            ] {
                assert_eq!(picture.pixel(x, y), [0, 0, 0, 0], "{model}: corner {x},{y}");
            }
            assert_eq!(
                picture.pixel(WIDTH / 2, HEIGHT / 2)[3],
                255,
                "{model}: centre"
            );
            // Edges are anti-aliased: some pixels are neither clear nor solid.
            let partial = picture.pixels.chunks(4).filter(|p| p[3] > 0 && p[3] < 255);
            assert!(partial.count() > 1000, "{model}: soft edges");
        }
    }

    #[test]
    fn the_paint_shows_on_the_doors() {
        let picture = decode(&exterior_png("XC90", [59, 85, 115]));
        // Half-way between the axles, just under the shoulder crease: catch light on paint.
        let d = Design::large_suv();
        let c = Canvas::new(CAR_PX / d.length, (WIDTH as f32 - CAR_PX) / 2.0, GROUND_PX);
        let [x, y] = c.to_px([(d.axles[0] + d.axles[1]) / 2.0, 800.0]);
        let [r, g, b, a] = picture.pixel(x as usize, y as usize).try_into().unwrap();
        assert_eq!(a, 255);
        assert!(b > r && b > g, "blue paint, got {r},{g},{b}");
    }

    #[test]
    fn models_pick_body_styles() {
        assert_eq!(Design::for_model("XC90").length, 4950.0);
        assert_eq!(Design::for_model("XC40 Recharge").length, 4425.0);
        assert_eq!(Design::for_model("EX30").length, 4233.0);
        assert_eq!(Design::for_model("C40 Recharge").length, 4233.0);
        assert_eq!(Design::for_model("Polestar").length, 4425.0);
    }
}
