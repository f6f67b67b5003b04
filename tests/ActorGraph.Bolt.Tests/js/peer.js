'use strict';
// The official JavaScript driver's PackStream (npm neo4j-driver-bolt-connection) as an independent peer for
// the C# implementation. Values travel as tagged JSON so that ints, floats and structures stay distinct:
//   null | {"t":"bool","v":true} | {"t":"int","v":"-17"} | {"t":"float","v":"<8 bytes big-endian hex>"}
//   | {"t":"str","v":"..."} | {"t":"bytes","v":"<hex>"} | {"t":"list","v":[...]}
//   | {"t":"map","v":[["key", value], ...]} | {"t":"struct","tag":78,"v":[fields]}
// Usage: node peer.js < request.json, request {"pack":[tagged...],"unpack":["<hex>",...]},
// answer {"packed":["<hex>",...],"unpacked":[tagged...]}.
// Benchmark: node peer.js bench-decode FILE REPEAT | bench-encode FILE REPEAT (see the Bolt benchmark).
const path = require('path');
const fs = require('fs');
const lib = path.join(__dirname, 'node_modules', 'neo4j-driver-bolt-connection', 'lib');
const { Packer, Unpacker } = require(path.join(lib, 'packstream', 'packstream-v1.js'));
const { Structure } = require(path.join(lib, 'packstream', 'structure.js'));
const ChannelBuffer = require(path.join(lib, 'channel', 'channel-buf.js')).default;
const { int, isInt } = require(path.join(__dirname, 'node_modules', 'neo4j-driver-core'));

function fromTagged(x) {
  if (x === null) return null;
  switch (x.t) {
    case 'bool': return x.v;
    case 'int': return int(x.v);
    case 'float': return Buffer.from(x.v, 'hex').readDoubleBE(0);
    case 'str': return x.v;
    case 'bytes': return new Int8Array(Buffer.from(x.v, 'hex'));
    case 'list': return x.v.map(fromTagged);
    case 'map': { const o = {}; for (const [k, v] of x.v) o[k] = fromTagged(v); return o; }
    case 'struct': return new Structure(x.tag, x.v.map(fromTagged));
    default: throw new Error('unknown tag ' + x.t);
  }
}

function toTagged(x) {
  if (x === null) return null;
  if (typeof x === 'boolean') return { t: 'bool', v: x };
  if (typeof x === 'number') { const b = Buffer.alloc(8); b.writeDoubleBE(x, 0); return { t: 'float', v: b.toString('hex') }; }
  if (isInt(x)) return { t: 'int', v: x.toString() };
  if (typeof x === 'string') return { t: 'str', v: x };
  if (x instanceof Int8Array) return { t: 'bytes', v: Buffer.from(x.buffer, x.byteOffset, x.length).toString('hex') };
  if (Array.isArray(x)) return { t: 'list', v: x.map(toTagged) };
  if (x instanceof Structure) return { t: 'struct', tag: x.signature, v: x.fields.map(toTagged) };
  return { t: 'map', v: Object.keys(x).map(k => [k, toTagged(x[k])]) };
}

function pack(value, size) {
  const buf = new ChannelBuffer(size || 1 << 20);
  new Packer(buf).packable(value)();
  return buf._buffer.subarray(0, buf.position);
}

function unpackAll(bytes) {
  const buf = new ChannelBuffer(Buffer.from(bytes));
  const unpacker = new Unpacker(false, false);
  const out = [];
  while (buf.position < buf.length) out.push(unpacker.unpack(buf));
  return out;
}

function median(xs) { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; }

// bench-decode: FILE holds RECORD messages (de-chunked, back to back); count records decoded per second.
// bench-encode: FILE holds one packed parameter map (an UNWIND batch); decode it once, then time packing it.
function bench(mode, file, repeat) {
  const bytes = fs.readFileSync(file);
  const value = mode === 'bench-encode' ? unpackAll(bytes)[0] : null;
  let count = 0;
  function runOnce() {
    const start = process.hrtime.bigint();
    if (mode === 'bench-decode') {
      const buf = new ChannelBuffer(bytes);
      const unpacker = new Unpacker(false, false);
      count = 0;
      while (buf.position < buf.length) { unpacker.unpack(buf); count++; }
    } else {
      count = pack(value, bytes.length + 1024).length;
    }
    return Number(process.hrtime.bigint() - start) / 1e9;
  }
  // Warm up for two seconds and at least three runs (as the C# side does), so that V8 has optimised the code.
  const warmUntil = Date.now() + 2000;
  for (let r = 0; r < 3 || Date.now() < warmUntil; r++) runOnce();
  const times = [];
  for (let r = 0; r < repeat; r++) times.push(runOnce());
  process.stdout.write(JSON.stringify({ count, seconds: times, median: median(times) }) + '\n');
}

if (process.argv[2] && process.argv[2].startsWith('bench-')) {
  bench(process.argv[2], process.argv[3], parseInt(process.argv[4] || '5', 10));
} else {
  const request = JSON.parse(fs.readFileSync(0, 'utf8'));
  const packed = (request.pack || []).map(v => pack(fromTagged(v)).toString('hex'));
  const unpacked = (request.unpack || []).map(h => { const vs = unpackAll(Buffer.from(h, 'hex')); return toTagged(vs[0]); });
  process.stdout.write(JSON.stringify({ packed, unpacked }));
}
