// Starts Swagger UI on /docs from the packaged bundle (a file, not inline code, so the page's CSP stays strict).
"use strict";

window.addEventListener("DOMContentLoaded", () => {
  const root = document.getElementById("swagger-ui");
  window.ui = window.SwaggerUIBundle({
    url: new URL(root.dataset.spec, document.baseURI).href,
    dom_id: "#swagger-ui",
    deepLinking: true,
    validatorUrl: null, // the default validator is a web service: nothing leaves the machine
    presets: [window.SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
  });
});
