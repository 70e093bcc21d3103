// Depesche's page: the filter state lives in the URL, so a view can be shared; every pane reads the REST API.
'use strict';

const FIELDS = ['actor', 'dyad', 'cameo', 'plover', 'from', 'to', 'modality', 'text', 'country', 'near'];
const PAGE = 50;
// German names of the CAMEO roots; the records carry the English names of the codes.
const ROOTS_DE = {
  '01': 'Öffentliche Erklärung', '02': 'Appell', '03': 'Absicht zur Zusammenarbeit', '04': 'Beratung',
  '05': 'Diplomatische Zusammenarbeit', '06': 'Materielle Zusammenarbeit', '07': 'Hilfe', '08': 'Nachgeben',
  '09': 'Untersuchung', '10': 'Forderung', '11': 'Missbilligung', '12': 'Ablehnung', '13': 'Drohung',
  '14': 'Protest', '15': 'Machtdemonstration', '16': 'Abbau von Beziehungen', '17': 'Zwang', '18': 'Angriff',
  '19': 'Kampf', '20': 'Massengewalt'
};

let offset = 0;
let network = null;
let world = null; // Natural Earth's countries (TopoJSON), fetched from this server once
const SVG = 'http://www.w3.org/2000/svg';
const NEAR_KM = 10; // the radius a click on a place filters by
const STATUS_POLL_MS = 3000; // how often a live page asks whether the store grew

function state() {
  return new URLSearchParams(window.location.search);
}

function apiQuery(extra) {
  const p = new URLSearchParams();
  const s = state();
  FIELDS.forEach(f => { if (s.get(f)) p.set(f, s.get(f)); });
  Object.entries(extra || {}).forEach(([k, v]) => p.set(k, v));
  return p.toString();
}

async function getJson(path) {
  const r = await fetch(path);
  const body = await r.json();
  if (!r.ok) throw new Error(body.error || r.statusText);
  return body;
}

function setFilters(values) {
  const p = new URLSearchParams();
  FIELDS.forEach(f => { if (values[f]) p.set(f, values[f]); });
  history.pushState(null, '', '?' + p.toString());
  offset = 0;
  load();
}

function formValues() {
  const v = {};
  FIELDS.forEach(f => { v[f] = document.getElementById('f-' + f).value.trim(); });
  return v;
}

function fillForm() {
  const s = state();
  FIELDS.forEach(f => { document.getElementById('f-' + f).value = s.get(f) || ''; });
}

function goldsteinColour(g) {
  // -10 (conflict) red ... +10 (cooperation) green
  const t = Math.max(0, Math.min(1, (g + 10) / 20));
  const r = Math.round(200 * (1 - t) + 30 * t), gr = Math.round(40 * (1 - t) + 150 * t);
  return `rgb(${r},${gr},60)`;
}

async function loadNetwork() {
  const dyads = await getJson('/api/dyads?' + apiQuery({limit: 60}));
  const nodes = new Map();
  const edges = dyads.map((d, i) => {
    [d.source, d.target].forEach(k => nodes.set(k, (nodes.get(k) || 0) + d.events));
    return {data: {id: 'e' + i, source: d.source, target: d.target, events: d.events, goldstein: d.goldstein,
      label: String(d.events)}};
  });
  const elements = [...nodes.entries()].map(([k, n]) => ({data: {id: k, label: k, weight: n}})).concat(edges);
  if (network) network.destroy();
  network = cytoscape({
    container: document.getElementById('network'), elements,
    style: [
      {selector: 'node', style: {label: 'data(label)', 'font-size': 11, 'background-color': '#3b5b8c', color: '#1d2430',
        width: 'mapData(weight, 1, 40, 16, 44)', height: 'mapData(weight, 1, 40, 16, 44)'}},
      {selector: 'edge', style: {'curve-style': 'bezier', 'target-arrow-shape': 'triangle', label: 'data(label)',
        'font-size': 9, width: 'mapData(events, 1, 15, 1, 8)',
        'line-color': e => goldsteinColour(e.data('goldstein')),
        'target-arrow-color': e => goldsteinColour(e.data('goldstein'))}}
    ],
    layout: {name: elements.length > 2 ? 'cose' : 'grid', animate: false}
  });
  network.on('tap', 'node', e => setFilters({...Object.fromEntries(state()), actor: e.target.id(), dyad: ''}));
  network.on('tap', 'edge', e => setFilters({...Object.fromEntries(state()), actor: '',
    dyad: e.target.data('source') + ',' + e.target.data('target')}));
  document.getElementById('network').dataset.edges = dyads.map(d => d.source + '>' + d.target).join(' ');
}

async function loadTimeline() {
  const rows = await getJson('/api/timeline?' + apiQuery({unit: 'month'}));
  const svg = document.getElementById('timeline');
  const w = svg.clientWidth || 400, h = 150, mid = h / 2;
  const max = Math.max(1, ...rows.map(r => Math.max(r.quad1 + r.quad2, r.quad3 + r.quad4)));
  const bw = Math.max(2, Math.floor((w - 20) / Math.max(1, rows.length)) - 1);
  let out = `<line x1="0" x2="${w}" y1="${mid}" y2="${mid}" stroke="#999"/>`;
  rows.forEach((r, i) => {
    const x = 10 + i * (bw + 1);
    const up = (r.quad1 + r.quad2) / max * (mid - 10), down = (r.quad3 + r.quad4) / max * (mid - 10);
    const tip = `${r.period.slice(0, 7)}: ${r.quad1 + r.quad2} Kooperation, ${r.quad3 + r.quad4} Konflikt`;
    out += `<rect x="${x}" y="${mid - up}" width="${bw}" height="${up}" fill="#1a7f37"><title>${tip}</title></rect>`;
    out += `<rect x="${x}" y="${mid}" width="${bw}" height="${down}" fill="#b42318"><title>${tip}</title></rect>`;
  });
  if (rows.length) {
    out += `<text x="10" y="${h - 2}" font-size="10">${rows[0].period.slice(0, 7)}</text>`;
    out += `<text x="${w - 60}" y="${h - 2}" font-size="10">${rows[rows.length - 1].period.slice(0, 7)}</text>`;
  }
  svg.innerHTML = out;
}

/** An SVG element with these attributes; text from the store only ever goes in as text (a title), never as markup. */
function svgElement(name, attributes, title) {
  const el = document.createElementNS(SVG, name);
  Object.entries(attributes).forEach(([k, v]) => el.setAttribute(k, v));
  if (title) {
    const t = document.createElementNS(SVG, 'title');
    t.textContent = title;
    el.appendChild(t);
  }
  return el;
}

/**
 * The map: the countries of Natural Earth, those with events known only by their country shaded, and a point for
 * each place with events, sized by their number; it shows the part of the world where the events are.
 */
async function loadMap() {
  if (!world) world = await getJson('/vendor/world-atlas/countries-110m.json');
  const data = await getJson('/api/places?' + apiQuery());
  const svg = document.getElementById('map');
  const w = svg.clientWidth || 500, h = svg.clientHeight || 260;
  const countries = topojson.feature(world, world.objects.countries).features;
  const byNumeric = new Map(data.countries.filter(c => c.numeric).map(c => [c.numeric, c]));
  const shaded = f => byNumeric.has(f.id) && byNumeric.get(f.id).countryLevel > 0;
  // what to fit the view to: the shaded countries and a circle of four degrees around each place
  const focus = countries.filter(shaded).concat(data.places.map(p =>
    ({type: 'Feature', geometry: d3.geoCircle().center([p.lon, p.lat]).radius(4)()})));
  const projection = d3.geoNaturalEarth1();
  projection.fitExtent([[8, 8], [w - 8, h - 8]], {type: 'FeatureCollection',
    features: focus.length ? focus : countries});
  const path = d3.geoPath(projection);
  svg.replaceChildren(svgElement('path', {class: 'sphere', d: path({type: 'Sphere'})}));
  countries.forEach(f => {
    const c = byNumeric.get(f.id);
    const name = f.properties && f.properties.name;
    const title = c ? `${c.name}: ${c.events} Ereignis(se), ${c.countryLevel} ohne genaueren Ort` : name;
    const el = svgElement('path', {class: 'country' + (c ? ' events' : '') + (shaded(f) ? ' shaded' : ''),
      d: path(f) || ''}, title);
    if (c) {
      el.dataset.country = c.country;
      el.addEventListener('click', () => setFilters({...Object.fromEntries(state()), country: c.country, near: ''}));
    }
    svg.appendChild(el);
  });
  const max = Math.max(1, ...data.places.map(p => p.events));
  data.places.slice().sort((a, b) => b.events - a.events).forEach(p => {
    const xy = projection([p.lon, p.lat]);
    if (!xy || !isFinite(xy[0]) || !isFinite(xy[1])) return;
    const el = svgElement('circle', {class: 'place', cx: xy[0].toFixed(1), cy: xy[1].toFixed(1),
      r: (3 + 9 * Math.sqrt(p.events / max)).toFixed(1)}, `${p.name}: ${p.events} Ereignis(se)`);
    el.dataset.name = p.name;
    el.dataset.near = `${p.lat},${p.lon},${NEAR_KM}`;
    el.addEventListener('click', () => setFilters({...Object.fromEntries(state()), near: el.dataset.near,
      country: ''}));
    svg.appendChild(el);
  });
  svg.dataset.places = data.places.map(p => p.name).join('|');
  svg.dataset.shaded = data.countries.filter(c => c.countryLevel > 0).map(c => c.country).join(' ');
}

/** The URL if it is a web address (http or https), else null: any other scheme (javascript:, data:) is no link. */
function webLink(url) {
  try {
    const u = new URL(String(url ?? ''));
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch (e) {
    return null;
  }
}

function escapeHtml(s) {
  return String(s ?? '').replace(/[&<>"']/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c]));
}

/** The evidence sentence with the source, the target and the trigger marked. */
function highlighted(e) {
  const text = e.evidence;
  const marks = [];
  const find = (needle, cls) => {
    if (!needle) return;
    const i = text.indexOf(needle);
    if (i >= 0 && !marks.some(m => i < m.end && m.start < i + needle.length)) {
      marks.push({start: i, end: i + needle.length, cls});
    }
  };
  find(e.trigger, 'trigger');
  find(e.source && e.source.text, 'source');
  find(e.target && e.target.text, 'target');
  marks.sort((a, b) => a.start - b.start);
  let out = '', at = 0;
  marks.forEach(m => {
    out += escapeHtml(text.slice(at, m.start)) + `<mark class="${m.cls}">` + escapeHtml(text.slice(m.start, m.end))
      + '</mark>';
    at = m.end;
  });
  return out + escapeHtml(text.slice(at));
}

function typeLabel(e) {
  return `<span class="code q${escapeHtml(e.event.quad_class)}">${escapeHtml(e.event.cameo)}</span> `
    + `${escapeHtml(e.event.name)} · ${ROOTS_DE[e.event.root] || ''} <span class="tag">${escapeHtml(e.event.plover)}</span>`;
}

function actorLabel(a) {
  return a ? `<b>${escapeHtml(a.code || '?')}</b> ${escapeHtml(a.name || a.text)}` : '–';
}

function eventMeta(e) {
  const d = e.date || {};
  const amount = e.amount ? ` · <span class="tag">${escapeHtml(e.amount.text)}</span>` : '';
  const quote = e.quote ? ` · Zitat von ${escapeHtml(e.quote.speaker)}` : '';
  const l = e.location;
  const place = l ? ` · <span class="tag" title="${escapeHtml(l.basis)}">${escapeHtml(l.name)}`
    + (l.name === l.country ? '' : ` (${escapeHtml(l.country)})`) + '</span>' : '';
  return `${escapeHtml(d.value || 'ohne Datum')} (${escapeHtml(d.basis || '–')}) · ${escapeHtml(e.modality)}`
    + (e.reported ? ' · berichtet' : '') + place + amount + quote
    + ` · ${escapeHtml(e.cluster.mentions)} Erwähnung(en) in ${escapeHtml(e.cluster.articles)} Artikel(n)`;
}

async function loadEvents() {
  const page = await getJson('/api/events?' + apiQuery({limit: PAGE, offset}));
  document.getElementById('events-count').textContent =
    `${page.total} Ereignisse, ${offset + 1}–${Math.min(page.total, offset + PAGE)}`;
  const list = document.getElementById('events');
  list.start = offset + 1;
  list.innerHTML = page.events.map((e, i) => `<li data-i="${i}" data-id="${escapeHtml(e.id)}">
      <div>${typeLabel(e)}: ${actorLabel(e.source)} → ${actorLabel(e.target)}</div>
      <div class="meta">${eventMeta(e)}</div>
      <div class="evidence">${highlighted(e)}</div></li>`).join('');
  list.querySelectorAll('li').forEach(li => li.addEventListener('click', () => showEvent(li.dataset.id)));
  document.getElementById('prev').disabled = offset === 0;
  document.getElementById('next').disabled = offset + PAGE >= page.total;
}

async function showEvent(id) {
  const e = await getJson('/api/events/' + encodeURIComponent(id));
  const a = e.stored_article;
  document.getElementById('detail').innerHTML = `<div>${typeLabel(e)}</div>
    <div>${actorLabel(e.source)} → ${actorLabel(e.target)}</div>
    <div class="meta">${eventMeta(e)}</div>
    <p id="detail-evidence" class="evidence">${highlighted(e)}</p>
    <div class="meta">${escapeHtml(a.title)} ${a.published ? '· ' + escapeHtml(a.published) : ''}
      ${webLink(a.url) ? `· <a href="${escapeHtml(webLink(a.url))}" target="_blank" rel="noopener noreferrer">Quelle</a>`
        : a.url ? `· Quelle: <span class="url">${escapeHtml(a.url)}</span>` : ''}
      · <a href="#" id="open-article">Artikel mit allen Ereignissen</a></div>`;
  document.getElementById('detail-pane').hidden = false;
  document.getElementById('open-article').addEventListener('click', ev => { ev.preventDefault(); showArticle(a.id); });
}

async function showArticle(id) {
  const a = await getJson('/api/articles/' + encodeURIComponent(id));
  let text = escapeHtml(a.text || '');
  // mark each event's evidence sentence in the text
  [...new Set(a.events.map(e => e.evidence))].forEach(sentence => {
    const s = escapeHtml(sentence);
    text = text.replace(s, `<mark class="event">${s}</mark>`);
  });
  document.getElementById('detail').innerHTML = `<h3>${escapeHtml(a.title)}</h3>
    <div class="meta">${escapeHtml(a.published || '')} · ${a.events.length} Ereignisse</div>
    <ol>${a.events.map(e => `<li>${typeLabel(e)}: ${actorLabel(e.source)} → ${actorLabel(e.target)}</li>`).join('')}</ol>
    <div class="article-text">${text}</div>`;
}

async function load() {
  fillForm();
  try {
    await Promise.all([loadNetwork(), loadMap(), loadTimeline(), loadEvents()]);
  } catch (err) {
    document.getElementById('events-count').textContent = 'Fehler: ' + err.message;
  }
}

document.getElementById('filters').addEventListener('submit', ev => { ev.preventDefault(); setFilters(formValues()); });
document.getElementById('f-clear').addEventListener('click', () => setFilters({}));
document.getElementById('prev').addEventListener('click', () => { offset = Math.max(0, offset - PAGE); loadEvents(); });
document.getElementById('next').addEventListener('click', () => { offset += PAGE; loadEvents(); });
document.getElementById('detail-close').addEventListener('click', () => { document.getElementById('detail-pane').hidden = true; });
window.addEventListener('popstate', () => { offset = 0; load(); });
load();
watchStore();

/**
 * While the store grows (serve --watch), asks /api/status every few seconds and reloads the panes when it holds
 * more than before, so new events show without a reload of the page; a store served read-only never changes.
 */
async function watchStore() {
  let seen = null;
  const status = document.getElementById('status');
  for (;;) {
    try {
      const s = await getJson('/api/status');
      const now = `${s.articles}/${s.events}`;
      status.textContent = `${s.articles} Artikel, ${s.events} Ereignisse` + (s.live ? ' · live' : '');
      status.dataset.events = s.events;
      if (seen !== null && now !== seen) load();
      seen = now;
      if (!s.live) return;
    } catch (err) {
      status.textContent = 'Server nicht erreichbar';
    }
    await new Promise(done => setTimeout(done, STATUS_POLL_MS));
  }
}
