// Packs the build for the stores, with Node's zlib only (`npm run zip` builds first):
//   dmz-context-<version>-chrome.zip   Chrome Web Store (and other Chromium browsers)
//   dmz-context-<version>-firefox.zip  addons.mozilla.org
//   dmz-context-<version>-source.zip   the sources AMO asks for, since the build is bundled and minified
// Both extension packages hold the same dist/: one build serves both browsers (see README).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { deflateRawSync, crc32 } from 'node:zlib';

const DIST = 'dist';
if (!existsSync(join(DIST, 'manifest.json'))) {
  console.error('dist/ is missing: run `npm run build` first');
  process.exit(1);
}
const { version } = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));

/** MS-DOS date and time fields (local time, 2-second steps), as zip entries carry them. */
function dosDateTime(d) {
  const time = (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2);
  const date = ((Math.max(d.getFullYear(), 1980) - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate();
  return { time, date };
}

/** Writes a zip of files ({ name inside the zip, path on disk }), each deflated, with its modification time. */
function writeZip(out, files) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name: entryName, path } of files) {
    const name = Buffer.from(entryName);
    const data = readFileSync(path);
    const packed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const { time, date } = dosDateTime(statSync(path).mtime);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(0x0800, 6); // names are UTF-8
    head.writeUInt16LE(8, 8); // deflate
    head.writeUInt16LE(time, 10);
    head.writeUInt16LE(date, 12);
    head.writeUInt32LE(crc, 14);
    head.writeUInt32LE(packed.length, 18);
    head.writeUInt32LE(data.length, 22);
    head.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(date, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(head, name, packed);
    centrals.push(central, name);
    offset += head.length + name.length + packed.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  writeFileSync(out, Buffer.concat([...locals, dir, end]));
  console.log(`wrote ${out} (${files.length} files)`);
}

const built = (function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
})(DIST)
  .sort()
  .map((path) => ({ name: relative(DIST, path).split('\\').join('/'), path }));
writeZip(`dmz-context-${version}-chrome.zip`, built);
writeZip(`dmz-context-${version}-firefox.zip`, built);

// Everything under version control, as it is in the working tree: `npm ci && npm run build` rebuilds dist/.
const tracked = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' })
  .split('\0')
  .filter((p) => p && existsSync(p));
writeZip(
  `dmz-context-${version}-source.zip`,
  tracked.map((path) => ({ name: path, path })),
);
