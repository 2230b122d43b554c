// The camera's photo of a label is sent as soon as it is taken: on a phone, choosing the file
// input opens the camera, and one tap less matters at a packing table. Without script the
// button does the same.
document.addEventListener("change", function (event) {
  var target = event.target;
  var button = target && target.getAttribute && target.getAttribute("data-submit-on-change");
  if (button && target.files && target.files.length > 0) {
    var submit = document.getElementById(button);
    if (submit) {
      submit.click();
    }
  }
});
