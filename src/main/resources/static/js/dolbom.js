// Sends the CSRF token with every htmx request and asks for confirmation where a form says so.
document.addEventListener('DOMContentLoaded', function () {
  var header = document.querySelector('meta[name="csrf-header"]');
  var token = document.querySelector('meta[name="csrf-token"]');
  if (header && token) {
    document.body.addEventListener('htmx:configRequest', function (event) {
      event.detail.headers[header.content] = token.content;
    });
  }
  document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.confirm(form.getAttribute('data-confirm'))) {
        event.preventDefault();
      }
    });
  });
});
