// Sends the CSRF token with every htmx request (forms carry it as a hidden field already).
document.addEventListener('htmx:configRequest', function (event) {
  var header = document.querySelector('meta[name="_csrf_header"]');
  var token = document.querySelector('meta[name="_csrf"]');
  if (header && token) {
    event.detail.headers[header.content] = token.content;
  }
});
// Confirm before destructive actions: <button data-confirm="...">
document.addEventListener('submit', function (event) {
  var button = event.submitter;
  var message = (button && button.dataset.confirm) || event.target.dataset.confirm;
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
});
// Submissions that take seconds (an import check reads the whole sheet): <form data-busy="…">
// disables its buttons and says it is working, so nobody clicks twice.
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (event.defaultPrevented || !form.dataset.busy) {
    return;
  }
  var button = event.submitter;
  window.setTimeout(function () {
    form.querySelectorAll('button[type=submit]').forEach(function (b) { b.disabled = true; });
    if (button) {
      button.textContent = form.dataset.busy;
    }
  }, 0);
});
