<#-- Replaces keycloak.v2's "username" macro (template.ftl, Keycloak 26.5.6) on the acting-for and incapacity pages.
     Keycloak shows the user's username above a page once the user is known, with a "restart login" button. After a
     DigiD or eHerkenning login that username is the broker's internal identifier (digid-<hex>, eh-<kvk>-<hex>): it means
     nothing to the person and is not theirs to see. The broker does not know the person's name, so these pages show
     no username at all (the pages have their own way out: cancel).
     A page that imports template.ftl as "layout" puts this macro in its place:
       <#import "namens-attempted-username.ftl" as attempted>
       <#assign username = attempted.username in layout>
     Checked by tests/…/BrokerPagesAccessibilityIT (no internal identifier on the page). -->
<#macro username></#macro>
