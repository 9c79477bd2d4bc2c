// "Open in a new tab" of a web-app output: the tab is a blob page of the dashboard (whose policy allows this
// script only) holding the HTML as JSON data and a sandboxed frame of web-app-viewer.html; this script hands
// the HTML to that frame when it asks (see src/features/visualizations/components/sandboxed-page.ts). It is
// loaded in the page's head, so it listens before the frame can ask.
(function () {
  window.addEventListener('message', function (event) {
    var frame = document.querySelector('iframe');
    var data = document.getElementById('web-app-html');
    var message = event.data;
    if (!frame || !data || !frame.contentWindow || event.source !== frame.contentWindow) return;
    if (!message || message.type !== 'kfp-dashboard:web-app-ready') return;
    var html = JSON.parse(data.textContent || '""');
    frame.contentWindow.postMessage({ type: 'kfp-dashboard:web-app-html', html: html }, '*');
  });
})();
