/** Hostile documents for the visualization viewers: a web app, markdown and ui-metadata that try to escape. */

/** Tries everything a page would try against its embedder and writes what happened into its own document. */
export const HOSTILE_HTML = `<!doctype html><html><body><h1>hostile web app</h1><pre id="result">pending</pre>
<script>
var result = {};
function attempt(name, fn) {
  try { result[name] = 'allowed: ' + String(fn()); } catch (error) { result[name] = 'blocked: ' + error.name; }
}
attempt('parentDocument', function () { return window.parent.document.title; });
attempt('parentFlag', function () { window.parent.__hostile = 'web-app'; return window.parent.__hostile; });
attempt('parentEval', function () { return window.parent.eval('window.__hostile = "eval"'); });
attempt('cookie', function () { return document.cookie; });
attempt('localStorage', function () { return window.localStorage.getItem('kfp-dashboard.theme'); });
attempt('sessionStorage', function () { return window.sessionStorage.length; });
attempt('postMessage', function () { window.parent.postMessage({ hostile: 'give me the token' }, '*'); return 'sent'; });
attempt('alert', function () { return alert('hostile'); });
attempt('topLocation', function () { window.top.location.href = 'https://attacker.example/'; return 'navigating'; });
document.getElementById('result').textContent = JSON.stringify(result);
</script></body></html>`;

export const HOSTILE_MARKDOWN = [
  '# Hostile notes',
  '',
  '<script>window.__hostile = "markdown script"</script>',
  '',
  '<img src="x" onerror="window.__hostile = \'markdown img\'">',
  '',
  "[click me](javascript:window.__hostile='markdown link')",
  '',
  '<a href="https://attacker.example/" onclick="window.__hostile=\'onclick\'">raw link</a> and <b>raw bold</b>',
].join('\n');

export const schema = (...names: string[]) =>
  names.map((name) => ({
    name,
    type:
      name === 'count' || name === 'fpr' || name === 'tpr' || name === 'thresholds'
        ? 'NUMBER'
        : 'CATEGORY',
  }));

export const HOSTILE_METADATA = JSON.stringify({
  outputs: [
    { type: 'web-app', storage: 'inline', source: HOSTILE_HTML },
    { type: 'markdown', storage: 'inline', source: HOSTILE_MARKDOWN },
    {
      type: 'table',
      format: 'csv',
      header: ['<b>name</b>', 'value'],
      storage: 'inline',
      source: '<img src=x onerror=window.__hostile=1>,1\n<script>window.__hostile=2</script>,2',
    },
    {
      type: 'confusion_matrix',
      format: 'csv',
      schema: schema('target', 'predicted', 'count'),
      labels: ['<img src=x onerror=alert(1)>', '<b>bold</b>'],
      storage: 'inline',
      source:
        '<img src=x onerror=alert(1)>,<img src=x onerror=alert(1)>,3\n<img src=x onerror=alert(1)>,<b>bold</b>,1\n<b>bold</b>,<img src=x onerror=alert(1)>,0\n<b>bold</b>,<b>bold</b>,4',
    },
    // A wrong shape: three labels need nine rows.
    {
      type: 'confusion_matrix',
      format: 'csv',
      schema: schema('target', 'predicted', 'count'),
      labels: ['a', 'b', 'c'],
      storage: 'inline',
      source: 'a,a,1\na,b,1\na,c,1\nb,a,1\nb,b,1\nb,c,1\nc,a,1\nc,b,1',
    },
    // A harmless output next to the hostile ones still draws.
    {
      type: 'roc',
      format: 'csv',
      schema: schema('fpr', 'tpr', 'thresholds'),
      storage: 'inline',
      source: '0,0,1\n0.25,0.75,0.5\n1,1,0',
    },
  ],
});

/** 100 levels of nesting (the limit is 64). */
export const DEEP_METADATA = `{"outputs": ${'['.repeat(100)}${']'.repeat(100)}}`;

/** 20 MB of metadata (the limit is 16 MB), gzipped to almost nothing: a gzip bomb for the decoder. */
export const HUGE_METADATA = `{"outputs": [{"type": "markdown", "storage": "inline", "source": "${'A'.repeat(20 * 1024 * 1024)}"}]}`;
