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
// Pickers (a person or an enterprise chosen from suggestions): <button data-pick-id="…"
// data-pick-name="…" data-pick-into="personId"> fills the hidden id field and the visible name
// field ("personName"), then clears the suggestions. Delegated here: the page's CSP allows no
// inline handlers.
document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-pick-into]');
  if (!button) {
    return;
  }
  var field = button.dataset.pickInto;
  var id = document.getElementById(field);
  var name = document.getElementById(field.replace(/Id$/, 'Name'));
  if (id) {
    id.value = button.dataset.pickId;
  }
  if (name) {
    name.value = button.dataset.pickName;
    name.classList.remove('is-invalid');
  }
  button.parentElement.innerHTML = '';
});
// File inputs with data-max-bytes="…" data-too-large="… {0} …": a file over the limit is refused
// in the browser, before a large upload is sent only to be refused (and the form with it).
document.addEventListener('change', function (event) {
  var input = event.target;
  if (!input.matches || !input.matches('input[type=file][data-max-bytes]')) {
    return;
  }
  var limit = Number(input.dataset.maxBytes);
  var tooLarge = Array.prototype.filter.call(input.files, function (f) { return f.size > limit; });
  input.setCustomValidity(tooLarge.length ? input.dataset.tooLarge.replace('{0}', tooLarge[0].name) : '');
  input.reportValidity();
});
