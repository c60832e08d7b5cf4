/**
 * The page template of the production build (Docusaurus's `ssrTemplate`): the same head and body as
 * the stock one, but the page's scripts start only once its first contentful paint is on screen.
 *
 * Why: with `<script defer>`, a browser that already has the scripts (a cached repeat visit, a
 * fast network) runs all of main.js, about 300 ms on a throttled phone, before it paints anything,
 * although the build put the whole page in the HTML. Here the scripts are fetched from the start
 * (low-priority preloads, as `defer` fetches them) but run after the paint; the reader sees the
 * story first and the page becomes interactive a frame later than it would have.
 *
 * The dev server keeps its own template, so `npm start` is unaffected.
 */

/**
 * Starts every preloaded page script, in document order, once the first contentful paint has been
 * reported (that report comes when the frame is on screen, not when it was painted), or after a
 * frame where the browser has no paint timing, or after 2 s whatever happens (a page opened in a
 * background tab paints only when shown). ES5, because it runs before anything else.
 */
export const START_SCRIPTS_AFTER_PAINT = [
  '!function(){',
  'var started=false;',
  'function start(){',
  'if(started)return;started=true;',
  'document.querySelectorAll("link[data-page-script]").forEach(function(link){',
  'var script=document.createElement("script");script.src=link.href;script.async=false;document.head.appendChild(script)',
  '})',
  '}',
  'var types=window.PerformanceObserver&&PerformanceObserver.supportedEntryTypes||[];',
  'if(types.indexOf("paint")>=0){',
  'new PerformanceObserver(function(list,observer){',
  'if(list.getEntriesByName("first-contentful-paint").length){observer.disconnect();setTimeout(start)}',
  '}).observe({type:"paint",buffered:true})',
  '}else requestAnimationFrame(function(){setTimeout(start)});',
  'setTimeout(start,2000)',
  '}()',
].join('');

export const ssrTemplate = `<!DOCTYPE html>
<html <%~ it.htmlAttributes %>>
  <head>
    <meta charset="UTF-8">
    <meta name="generator" content="Docusaurus v<%= it.version %>">
    <% it.metaAttributes.forEach((metaAttribute) => { %>
      <%~ metaAttribute %>
    <% }); %>
    <%~ it.headTags %>
    <% it.stylesheets.forEach((stylesheet) => { %>
      <link rel="stylesheet" href="<%= it.baseUrl %><%= stylesheet %>" />
    <% }); %>
    <% it.scripts.forEach((script) => { %>
      <link rel="preload" as="script" fetchpriority="low" href="<%= it.baseUrl %><%= script %>" data-page-script />
    <% }); %>
  </head>
  <body <%~ it.bodyAttributes %>>
    <%~ it.preBodyTags %>
    <div id="__docusaurus"><%~ it.appHtml %></div>
    <%~ it.postBodyTags %>
    <script>${START_SCRIPTS_AFTER_PAINT}</script>
  </body>
</html>
`;
