// Where the bytes of a wasm go, read from its name section (no tool to install): the size of each
// function body, grouped by crate (our code, yew, serde, fluent, std, other), the data segments,
// and the biggest functions and generic families (monomorphisations).
// Usage: node tools/wasm-split.mjs <file.wasm> [--top N]
// The wasm must still have its names: the one cargo writes
// ($CARGO_TARGET_DIR/wasm32-unknown-unknown/release/trede.wasm), before wasm-bindgen and wasm-opt.
// Sizes are before wasm-opt, so they are shares, not the shipped bytes.

import fs from 'node:fs';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
const topIndex = args.indexOf('--top');
const top = topIndex >= 0 ? Number(args[topIndex + 1]) : 25;
if (!file) {
  console.error('usage: node tools/wasm-split.mjs <file.wasm> [--top N]');
  process.exit(2);
}
const buf = fs.readFileSync(file);

let pos = 8;
const leb = () => {
  let result = 0;
  let shift = 0;
  for (;;) {
    const byte = buf[pos++];
    result += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return result;
  }
};
const str = () => {
  const len = leb();
  const s = buf.toString('utf8', pos, pos + len);
  pos += len;
  return s;
};

let importedFuncs = 0;
let bodySizes = [];
let dataBytes = 0;
const names = new Map();
while (pos < buf.length) {
  const id = buf[pos++];
  const size = leb();
  const end = pos + size;
  if (id === 2) {
    const count = leb();
    for (let i = 0; i < count; i++) {
      str();
      str();
      const kind = buf[pos++];
      if (kind === 0) {
        leb();
        importedFuncs++;
      } else if (kind === 1) {
        pos++;
        const flags = leb();
        leb();
        if (flags & 1) leb();
      } else if (kind === 2) {
        const flags = leb();
        leb();
        if (flags & 1) leb();
      } else if (kind === 3) pos += 2;
      else if (kind === 4) {
        pos++;
        leb();
      }
    }
  } else if (id === 10) {
    const count = leb();
    bodySizes = [];
    for (let i = 0; i < count; i++) {
      const len = leb();
      bodySizes.push(len);
      pos += len;
    }
  } else if (id === 11) {
    dataBytes = size;
  } else if (id === 0) {
    const name = str();
    if (name === 'name') {
      while (pos < end) {
        const sub = buf[pos++];
        const subSize = leb();
        const subEnd = pos + subSize;
        if (sub === 1) {
          const count = leb();
          for (let i = 0; i < count; i++) {
            const index = leb();
            names.set(index, str());
          }
        }
        pos = subEnd;
      }
    }
  }
  pos = end;
}

// Rust's legacy mangling: _ZN <len><segment>... E, with $LT$ and friends for punctuation.
const demangle = (name) => {
  // Rust's v0 mangling (the precompiled std): only its first crate is read, enough to group it.
  const v0 = /^_R.*?C(?:s[0-9A-Za-z]*_)?(\d+)/.exec(name);
  if (v0) {
    const at = v0.index + v0[0].length;
    return `${name.slice(at, at + Number(v0[1]))}::${name}`;
  }
  if (!name.startsWith('_ZN')) return name;
  let i = 3;
  const parts = [];
  while (i < name.length && name[i] !== 'E') {
    let j = i;
    while (/[0-9]/.test(name[j])) j++;
    const len = Number(name.slice(i, j));
    if (!len) break;
    parts.push(name.slice(j, j + len));
    i = j + len;
  }
  if (parts.length && /^h[0-9a-f]{16}$/.test(parts[parts.length - 1])) parts.pop();
  return parts
    .join('::')
    .replace(/^_\$/, '$')
    .replace(/\$LT\$/g, '<')
    .replace(/\$GT\$/g, '>')
    .replace(/\$RF\$/g, '&')
    .replace(/\$BP\$/g, '*')
    .replace(/\$LP\$/g, '(')
    .replace(/\$RP\$/g, ')')
    .replace(/\$C\$/g, ',')
    .replace(/\$u20\$/g, ' ')
    .replace(/\$u27\$/g, "'")
    .replace(/\$u5b\$/g, '[')
    .replace(/\$u5d\$/g, ']')
    .replace(/\$u7b\$/g, '{')
    .replace(/\$u7d\$/g, '}')
    .replace(/\$u7e\$/g, '~')
    .replace(/\.\./g, '::');
};

const crateOf = (path) => {
  // `<A as B>::f`: code serde derives for our types counts as serde; otherwise the type's crate.
  const impl = /^<(.+?) as (.+?)>::/.exec(path);
  if (impl) {
    if (/\bserde/.test(impl[2])) return 'serde';
    return crateOf(impl[1].replace(/^[&*]+(mut |const )?/, ''));
  }
  return path
    .replace(/^</, '')
    .split(/::|</)[0]
    .replace(/\[[0-9a-f]+\]$/, '');
};
const groupOf = (path) => {
  if (/^(core::ptr::drop_in_place|core::ptr::.*drop)/.test(path)) {
    const inner = /<(.*)>/.exec(path);
    if (inner) return groupOf(inner[1].replace(/^[&*]+/, ''));
  }
  const crate = crateOf(path);
  if (crate === 'trede') return 'our code';
  if (/^(yew|yew_macro|implicit_clone|prokell|gloo|gloo_\w+)$/.test(crate)) return 'yew';
  if (/^(serde|serde_json|serde_core)$/.test(crate)) return 'serde';
  if (/^(fluent\w*|intl\w*|unic_\w+|type_map|self_cell|tinystr|zerovec)$/.test(crate)) return 'fluent';
  if (
    /^(core|alloc|std|dlmalloc|compiler_builtins|hashbrown|memchr|zmij|itoa|ryu|T|[iuf](8|16|32|64|128|size)|str|bool|char)$/.test(
      crate,
    ) ||
    crate.startsWith('[')
  )
    return 'std';
  if (/^(wasm_bindgen\w*|js_sys|web_sys)$/.test(crate) || crate.startsWith('__wb')) return 'wasm-bindgen';
  if (/^(chrono)$/.test(crate)) return 'chrono';
  return 'other';
};
// A generic family: the path with its generic arguments taken out.
const familyOf = (path) => {
  let out = '';
  let depth = 0;
  for (const c of path) {
    if (c === '<') {
      if (depth === 0) out += '<…>';
      depth++;
    } else if (c === '>') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += c;
  }
  return out;
};

const total = bodySizes.reduce((a, b) => a + b, 0) + dataBytes;
const groups = new Map();
const families = new Map();
const items = [];
const others = new Map();
bodySizes.forEach((size, i) => {
  const path = demangle(names.get(i + importedFuncs) ?? `func[${i + importedFuncs}]`);
  const group = groupOf(path);
  groups.set(group, (groups.get(group) ?? 0) + size);
  if (group === 'other') {
    const crate = crateOf(path);
    others.set(crate, (others.get(crate) ?? 0) + size);
  }
  const fam = familyOf(path);
  const f = families.get(fam) ?? { size: 0, count: 0 };
  f.size += size;
  f.count++;
  families.set(fam, f);
  items.push([size, path]);
});
groups.set('data (strings, tables)', dataBytes);

const kb = (n) => `${(n / 1024).toFixed(1).padStart(8)} KB`;
const pct = (n) => `${((100 * n) / total).toFixed(1).padStart(5)} %`;
console.log(`${file}: ${bodySizes.length} functions, code and data ${kb(total).trim()}`);
console.log('-- split');
for (const [g, s] of [...groups].sort((a, b) => b[1] - a[1])) console.log(`  ${g.padEnd(40)}${kb(s)}${pct(s)}`);
console.log(
  `  (other: ${[...others]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([c, s]) => `${c} ${(s / 1024).toFixed(1)} KB`)
    .join(', ')})`,
);
console.log(`-- top ${top} functions`);
for (const [s, p] of items.sort((a, b) => b[0] - a[0]).slice(0, top))
  console.log(`  ${kb(s)}  ${p.length > 150 ? `${p.slice(0, 147)}...` : p}`);
console.log(`-- top ${top} generic families (monomorphisations)`);
for (const [fam, f] of [...families]
  .filter(([, f]) => f.count > 1)
  .sort((a, b) => b[1].size - a[1].size)
  .slice(0, top))
  console.log(`  ${kb(f.size)} ${String(f.count).padStart(5)}x  ${fam.length > 140 ? `${fam.slice(0, 137)}...` : fam}`);
