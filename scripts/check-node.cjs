// `npm start` and `npm test` run this first: one line and exit 1 when this Node is older than
// package.json's engines, instead of a stack trace from deep inside Vite or Vitest.
// CommonJS and plain syntax on purpose: it has to run on the old Node it complains about.
'use strict';

var RANGE = require('../package.json').engines.node;

function parts(version) {
  return version
    .replace(/^[^0-9]*/, '')
    .split('.')
    .map(function (n) {
      return Number(n) || 0;
    });
}

function compare(a, b) {
  for (var i = 0; i < 3; i++) if ((a[i] || 0) !== (b[i] || 0)) return (a[i] || 0) - (b[i] || 0);
  return 0;
}

/** Whether `version` (e.g. "20.19.1") is in `range`: alternatives of "^X.Y.Z" or ">=X[.Y.Z]" joined by "||". */
function satisfies(version, range) {
  var v = parts(version);
  return range.split('||').some(function (alternative) {
    var a = alternative.trim();
    if (a.indexOf('^') === 0) return v[0] === parts(a)[0] && compare(v, parts(a)) >= 0;
    if (a.indexOf('>=') === 0) return compare(v, parts(a)) >= 0;
    throw new Error('check-node: cannot read "' + a + '" in engines.node');
  });
}

module.exports = { satisfies: satisfies };

if (require.main === module && !satisfies(process.versions.node, RANGE)) {
  console.error(
    'Synthor needs Node ' + RANGE + ', this is ' + process.version + ': install a supported Node (e.g. the LTS from nodejs.org, or nvm install 22).',
  );
  process.exit(1);
}
