// Photos in community posts and reviews: choosing a file in any
// <input type="file" data-rp-image-for="ID"> uploads it to the store's community/images address
// and puts the Markdown that shows it into the textarea with that id, where the cursor was.
// Served from our origin (the page's script-src allows it, no inline code). The upload carries
// X-Requested-With, which the server requires: another site cannot send that header without a
// CORS preflight, which is never allowed, and a page's JSF state does not cover this address.
// Texts come translated from the input's data attributes (see
// WEB-INF/includes/community/image-upload.xhtml); the server's refusals come translated too.
(function () {
  "use strict";

  var MAX_BYTES = 5 * 1024 * 1024;

  function uploadAddress(input) {
    var given = input.getAttribute("data-rp-upload-url");
    if (given) {
      return given;
    }
    var store = /^(.*?\/s\/[^\/]+\/)/.exec(window.location.pathname);
    return store ? store[1] + "community/images" : null;
  }

  function statusOf(input) {
    var id = input.getAttribute("aria-describedby");
    return id ? document.getElementById(id) : null;
  }

  function say(input, text, failed) {
    var status = statusOf(input);
    if (status) {
      status.textContent = text;
      status.classList.toggle("rp-image-error", !!failed);
    }
  }

  function insert(textarea, markdown) {
    var start = typeof textarea.selectionStart === "number" ? textarea.selectionStart : textarea.value.length;
    var end = typeof textarea.selectionEnd === "number" ? textarea.selectionEnd : start;
    var before = textarea.value.substring(0, start);
    var after = textarea.value.substring(end);
    var lead = before.length === 0 || /\n\n$/.test(before) ? "" : (/\n$/.test(before) ? "\n" : "\n\n");
    var tail = after.length === 0 || /^\n/.test(after) ? "\n" : "\n\n";
    textarea.value = before + lead + markdown + tail + after;
    var caret = (before + lead + markdown + tail).length;
    textarea.focus();
    if (textarea.setSelectionRange) {
      textarea.setSelectionRange(caret, caret);
    }
    textarea.dispatchEvent(new Event("input", { bubbles: true }));
  }

  function problemText(request, input) {
    try {
      var problem = JSON.parse(request.responseText);
      if (problem && problem.detail) {
        return problem.detail;
      }
    } catch (ignored) {
      // not a problem document (a proxy's error page): the generic text below says enough
    }
    return input.getAttribute("data-rp-failed") || "The photo could not be added.";
  }

  function upload(input, textarea, file) {
    var address = uploadAddress(input);
    if (!address) {
      return;
    }
    if (file.size > MAX_BYTES) {
      say(input, input.getAttribute("data-rp-too-big") || "The photo is too large.", true);
      input.value = "";
      return;
    }
    var body = new FormData();
    body.append("file", file, file.name);
    var request = new XMLHttpRequest();
    request.open("POST", address);
    request.setRequestHeader("X-Requested-With", "XMLHttpRequest");
    request.setRequestHeader("Accept", "application/json");
    var uploading = input.getAttribute("data-rp-uploading") || "Uploading… {0}%";
    say(input, uploading.replace("{0}", "0"), false);
    input.disabled = true;
    request.upload.addEventListener("progress", function (event) {
      if (event.lengthComputable) {
        say(input, uploading.replace("{0}", String(Math.round((event.loaded / event.total) * 100))), false);
      }
    });
    request.addEventListener("load", function () {
      input.disabled = false;
      input.value = "";
      if (request.status === 201) {
        var answer = JSON.parse(request.responseText);
        insert(textarea, answer.markdown);
        say(input, input.getAttribute("data-rp-added") || "", false);
      } else {
        say(input, problemText(request, input), true);
      }
    });
    request.addEventListener("error", function () {
      input.disabled = false;
      say(input, input.getAttribute("data-rp-failed") || "The photo could not be added.", true);
    });
    request.send(body);
  }

  document.addEventListener("change", function (event) {
    var input = event.target;
    var target = input && input.getAttribute && input.getAttribute("data-rp-image-for");
    if (!target || !input.files || input.files.length === 0) {
      return;
    }
    var textarea = document.getElementById(target);
    if (textarea) {
      upload(input, textarea, input.files[0]);
    }
  });
})();
