<#--
  Returnport's frame around Keycloak's login pages. Keycloak's page templates (login.ftl,
  register.ftl, error.ftl, info.ftl, ...) call registrationLayout and fill its sections: header,
  show-username, form, socialProviders and info. The page bodies keep Keycloak's PatternFly
  markup, so the theme loads PatternFly (stylesCommon) before our style sheet.
  `store` ({name, slug}) is there when the sign-in started from a store (StoreLoginFormsProvider).
-->
<#macro registrationLayout bodyClass="" displayInfo=false displayMessage=true displayRequiredFields=false>
<!DOCTYPE html>
<html lang="${lang}" class="rp-login">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="robots" content="noindex, nofollow">
  <title>${msg("rpStoreTitle", (store.name)!(realm.displayName)!"Returnport")}</title>
  <link rel="icon" href="${url.resourcesCommonPath}/img/favicon.ico">
  <#list (properties.stylesCommon!"")?split(" ") as sheet>
    <#if sheet?has_content><link rel="stylesheet" href="${url.resourcesCommonPath}/${sheet}"></#if>
  </#list>
  <#list (properties.styles!"")?split(" ") as sheet>
    <#if sheet?has_content><link rel="stylesheet" href="${url.resourcesPath}/${sheet}"></#if>
  </#list>
  <#-- The store's colours: its style sheet at Returnport sets the same custom properties. -->
  <#if store?? && (client.baseUrl)?has_content>
  <link rel="stylesheet" href="${client.baseUrl?remove_ending("/")}/brand/${store.slug}.css">
  </#if>
  <#-- Pages add scripts of their own (password policy hints, user profile fields). -->
  <#list (properties.scripts!"")?split(" ") as script>
    <#if script?has_content><script src="${url.resourcesPath}/${script}"></script></#if>
  </#list>
  <#if scripts??>
    <#list scripts as script><script src="${script}"></script></#list>
  </#if>
  <script type="module" src="${url.resourcesPath}/js/passwordVisibility.js"></script>
</head>
<body class="rp-page ${bodyClass}" data-page-id="login-${pageId!}"<#if store??> data-store="${store.slug}"</#if>>
  <header class="rp-header">
    <p id="rp-brand" class="rp-brand">
      <#if store??>
        <span id="rp-store-name">${store.name}</span>
        <span id="rp-store-note">${msg("rpStoreNote")}</span>
      <#else>
        <span id="rp-realm-name">${realm.displayName!"Returnport"}</span>
      </#if>
    </p>
    <#if realm.internationalizationEnabled && locale?? && locale.supported?size gt 1>
      <nav class="rp-languages" aria-label="${msg("rpLanguages")}">
        <ul>
          <#list locale.supported as language>
            <li><a href="${language.url}" lang="${language.languageTag}" hreflang="${language.languageTag}"<#if language.languageTag == locale.currentLanguageTag> aria-current="true"</#if>>${language.label}</a></li>
          </#list>
        </ul>
      </nav>
    </#if>
  </header>

  <main class="rp-card">
    <h1 id="rp-page-title" class="pf-v5-c-title pf-m-2xl"><#nested "header"></h1>

    <#-- Past the first step, who is signing in, and a way to start over as someone else. -->
    <#if auth?has_content && auth.showUsername() && !auth.showResetCredentials()>
      <#nested "show-username">
      <p id="rp-attempted-username" class="rp-attempted">
        <span>${auth.attemptedUsername}</span>
        <a id="reset-login" href="${url.loginRestartFlowUrl}">${msg("restartLoginTooltip")}</a>
      </p>
    </#if>

    <#if displayRequiredFields>
      <p class="rp-required"><span aria-hidden="true">*</span> ${msg("requiredFields")}</p>
    </#if>

    <#-- An action the application asked for needs no warning that it has to be done. -->
    <#if displayMessage && message?has_content && (message.type != "warning" || !isAppInitiatedAction??)>
      <div id="rp-message" class="pf-v5-c-alert pf-m-inline pf-m-${(message.type == "error")?then("danger", message.type)} rp-message"
           role="${(message.type == "error")?then("alert", "status")}">
        <p class="pf-v5-c-alert__title kc-feedback-text">${message.summary}</p>
      </div>
    </#if>

    <#nested "form">

    <#if auth?has_content && auth.showTryAnotherWayLink()>
      <form id="kc-select-try-another-way-form" class="rp-extra" action="${url.loginAction}" method="post" novalidate>
        <input type="hidden" name="tryAnotherWay" value="on">
        <button type="submit" class="pf-v5-c-button pf-m-secondary pf-m-block">${msg("doTryAnotherWay")}</button>
      </form>
    </#if>

    <#if (switchOrganizationEnabled!false)>
      <form id="kc-switch-organization-form" class="rp-extra" action="${url.loginAction}" method="post" novalidate>
        <input type="hidden" name="switchOrganization" value="true">
        <button type="submit" class="pf-v5-c-button pf-m-secondary pf-m-block">${msg("doSwitchOrganization")}</button>
      </form>
    </#if>

    <#nested "socialProviders">

    <#if displayInfo>
      <div id="rp-info" class="rp-info"><#nested "info"></div>
    </#if>
  </main>
</body>
</html>
</#macro>
