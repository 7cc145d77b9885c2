// Dev-time generator, never imported by the app: turns the prefecture
// boundaries that the old echarts@4 package ships (map/json/province/*.json,
// quantised "UTF8Encoding" polygons) into plain, compact GeoJSON files, one per
// province, named by the province's GB/T 2260 code: public/maps/140000.json.
// The app fetches one of them when the map is shown, so they never weigh on
// the first load. Re-run only to refresh the boundaries:
//   npm install --no-save echarts4@npm:echarts@4.9.0
//   node src/app/features/regions/generate-maps.mjs node_modules/echarts4/map/json/province public/maps
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const [sourceDir, outDir] = process.argv.slice(2);
if (!sourceDir || !outDir) {
  process.stderr.write("usage: node generate-maps.mjs SOURCE_DIR OUT_DIR\n");
  process.exit(2);
}

// The quantised format: each ring is a string of character pairs, each pair a
// zig-zag encoded delta from the previous point, starting at the ring's offset.
function decodeRing(encoded, offset, scale) {
  const points = [];
  let prevX = offset[0];
  let prevY = offset[1];
  for (let i = 0; i + 1 < encoded.length; i += 2) {
    let x = encoded.charCodeAt(i) - 64;
    let y = encoded.charCodeAt(i + 1) - 64;
    x = (x >> 1) ^ -(x & 1);
    y = (y >> 1) ^ -(y & 1);
    x += prevX;
    y += prevY;
    prevX = x;
    prevY = y;
    const point = [Math.round((x / scale) * 1000) / 1000, Math.round((y / scale) * 1000) / 1000];
    const last = points.at(-1);
    if (!last || last[0] !== point[0] || last[1] !== point[1]) points.push(point);
  }
  // GeoJSON rings are closed.
  const first = points[0];
  const last = points.at(-1);
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) points.push([...first]);
  return points;
}

function decodeGeometry(geometry, encoded, scale) {
  if (!encoded) return geometry;
  if (geometry.type === "Polygon") {
    return {
      type: "Polygon",
      coordinates: geometry.coordinates.map((ring, i) => decodeRing(ring, geometry.encodeOffsets[i], scale)),
    };
  }
  if (geometry.type === "MultiPolygon") {
    return {
      type: "MultiPolygon",
      coordinates: geometry.coordinates.map((polygon, p) =>
        polygon.map((ring, i) => decodeRing(ring, geometry.encodeOffsets[p][i], scale)),
      ),
    };
  }
  throw new Error(`unexpected geometry ${geometry.type}`);
}

// Douglas–Peucker: at about 1 km tolerance a province drawn a few hundred
// pixels wide looks the same, and the files shrink roughly tenfold.
const TOLERANCE = 0.01;

function perpendicularDistance(p, a, b) {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length = Math.hypot(dx, dy);
  if (length === 0) return Math.hypot(p[0] - a[0], p[1] - a[1]);
  return Math.abs(dy * p[0] - dx * p[1] + b[0] * a[1] - b[1] * a[0]) / length;
}

function simplify(points) {
  if (points.length < 3) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [from, to] = stack.pop();
    let worst = -1;
    let worstDistance = TOLERANCE;
    for (let i = from + 1; i < to; i++) {
      const d = perpendicularDistance(points[i], points[from], points[to]);
      if (d > worstDistance) {
        worst = i;
        worstDistance = d;
      }
    }
    if (worst >= 0) {
      keep[worst] = 1;
      stack.push([from, worst], [worst, to]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

// A closed ring is split in two halves so that the first = last point does
// not collapse it; rings that shrink below a triangle are dropped.
function simplifyRing(ring) {
  const half = Math.floor(ring.length / 2);
  const out = [...simplify(ring.slice(0, half + 1)), ...simplify(ring.slice(half)).slice(1)];
  return out.length >= 4 ? out : null;
}

function simplifyGeometry(geometry) {
  const polygon = (rings) => {
    const kept = rings.map(simplifyRing);
    return kept[0] ? kept.filter((r) => r !== null) : null;
  };
  if (geometry.type === "Polygon") {
    return { type: "Polygon", coordinates: polygon(geometry.coordinates) ?? geometry.coordinates };
  }
  const polygons = geometry.coordinates.map(polygon).filter((p) => p !== null);
  return { type: "MultiPolygon", coordinates: polygons.length > 0 ? polygons : geometry.coordinates };
}

mkdirSync(outDir, { recursive: true });
const written = [];
for (const file of readdirSync(sourceDir).filter((f) => f.endsWith(".json"))) {
  const json = JSON.parse(readFileSync(join(sourceDir, file), "utf8"));
  const scale = json.UTF8Scale ?? 1024;
  const features = json.features
    .filter((f) => /^\d{6}$/u.test(String(f.id ?? "")))
    .map((f) => ({
      type: "Feature",
      properties: { code: String(f.id), name: f.properties.name },
      geometry: simplifyGeometry(decodeGeometry(f.geometry, json.UTF8Encoding === true, scale)),
    }));
  if (features.length === 0) continue;
  const province = `${String(features[0].properties.code).slice(0, 2)}0000`;
  const out = join(outDir, `${province}.json`);
  writeFileSync(out, `${JSON.stringify({ type: "FeatureCollection", features })}\n`);
  written.push(`${province} ${file} ${features.length}`);
}
process.stdout.write(`${written.join("\n")}\n${written.length} provinces\n`);
