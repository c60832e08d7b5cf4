/**
 * The page template of the production build (Docusaurus's `ssrTemplate`): the same head and body as
 * the stock one, but the page's scripts run only once the reader does something.
 *
 * Why: the build puts the whole page in the HTML, and reading it needs no script. Evaluating
 * main.js (React, the router, the theme) is one task of 250 to 390 ms on a throttled phone, and
 * hydrating follows it; run at load, it blocked the main thread for whoever tried to scroll, tap or
 * type then. Here the scripts are fetched from the start (low-priority preloads, as `defer`
 * fetches them) and run after the reader's first input has been answered and painted: a tap on
 * the menu button or the theme toggle is handled by a small inline script until React takes over
 * (early-controls/ in this package), links work as links, and the search box is a
 * real input. Pages that cannot show their content without scripts start them after the first
 * paint instead: a URL with a query string (the build's HTML cannot reflect it: the search page's
 * `?q=`, say), or a page with an element marked `data-start-scripts`.
 *
 * The dev server keeps its own template, so `docusaurus start` is unaffected. index.ts hands this
 * one to Docusaurus (`siteConfig.ssrTemplate`) when `startScripts` is `'first-input'`.
 */

/** What counts as the reader's first input. Capture phase, passive: nothing is delayed or stopped. */
export const INTENT_EVENTS = ['pointerover', 'pointerdown', 'touchstart', 'keydown', 'focusin', 'wheel', 'scroll'];

/**
 * Quiet time after the last input before the scripts start, in ms: a tap's touchstart and click,
 * a mouse's arrival and click, a burst of typing, opening the menu and choosing in it, each read
 * as one gesture, so the scripts do not start in the middle of it.
 */
export const QUIET_MS = 1000;

/** Controls whose click the scripts handle; one clicked before they ran is clicked again after. */
export const REPLAYED_CLICKS = 'button,[role=button],[role=tab]';

/**
 * Starts every preloaded page script, in document order. ES5, because it runs before anything else.
 *
 * On input: once input has been quiet for QUIET_MS, wait for a frame and a task (so what the input
 * changed is on screen first), then start. A click on a control only the scripts handle (a copy
 * button, say; the header's controls have their inline script, which takes their clicks first)
 * starts them after the frame, and is clicked again once the page has hydrated: React replays
 * clicks it gets while hydrating, but this one came before React was listening.
 *
 * On pages that ask for it: once the first contentful paint has been reported (that report comes
 * when the frame is on screen), or after a frame where the browser has no paint timing, or after
 * 2 s whatever happens (a background tab paints only when shown). `window.startPageScripts`
 * starts them at once (tests use it).
 */
export const START_SCRIPTS = [
  '!function(){',
  'var started=false,timer=0,events=' +
    JSON.stringify(INTENT_EVENTS) +
    ',options={capture:true,passive:true},root=document.documentElement;',
  'function start(){',
  'if(started)return;started=true;clearTimeout(timer);',
  'events.forEach(function(type){removeEventListener(type,intent,options)});',
  'document.querySelectorAll("link[data-page-script]").forEach(function(link){',
  'var script=document.createElement("script");script.src=link.href;script.async=false;document.head.appendChild(script)',
  '})',
  '}',
  'function afterFrame(){requestAnimationFrame(function(){setTimeout(start)})}',
  `function intent(){clearTimeout(timer);timer=setTimeout(afterFrame,${QUIET_MS})}`,
  'addEventListener("click",function(event){',
  `var control=!window.docusaurusRoot&&event.target.closest&&event.target.closest(${JSON.stringify(REPLAYED_CLICKS)});`,
  'if(!control||control.disabled)return;',
  'new MutationObserver(function(records,observer){',
  'if(root.getAttribute("data-has-hydrated")!=="true")return;',
  'observer.disconnect();if(control.isConnected)control.click()',
  '}).observe(root,{attributes:true,attributeFilter:["data-has-hydrated"]});',
  'clearTimeout(timer);afterFrame()',
  '},true);',
  'window.startPageScripts=start;',
  'if(location.search||document.querySelector("[data-start-scripts]")){',
  'var types=window.PerformanceObserver&&PerformanceObserver.supportedEntryTypes||[];',
  'if(types.indexOf("paint")>=0){',
  'new PerformanceObserver(function(list,observer){',
  'if(list.getEntriesByName("first-contentful-paint").length){observer.disconnect();setTimeout(start)}',
  '}).observe({type:"paint",buffered:true})',
  '}else afterFrame();',
  'setTimeout(start,2000)',
  '}else events.forEach(function(type){addEventListener(type,intent,options)})',
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
    <script>${START_SCRIPTS}</script>
  </body>
</html>
`;

/**
 * Does the page ask for its scripts (an element marked `data-start-scripts`, rendered by React as
 * an attribute)? Text that merely mentions the marker (the docs do) does not count.
 */
export const HYDRATES = /<[a-z][^<>]*\sdata-start-scripts[\s=>]/;

/** What the islands template puts where the page scripts would be, on a page that does not ask for them. */
export interface IslandsTags {
  /** The bundle's URL. */
  src: string;
  /** The speculation rules' JSON. */
  speculationRules: string;
}

const PRELOADS_START = '    <% it.scripts.forEach((script) => { %>\n';
const START_TAG = `    <script>${START_SCRIPTS}</script>\n`;

/**
 * The template with islands (../islands/): a page that asks for its scripts gets `ssrTemplate`'s
 * preloads and starter; every other page gets the islands bundle and speculation rules instead,
 * and no page script at all.
 */
export function islandsTemplate({ src, speculationRules }: IslandsTags): string {
  if (!ssrTemplate.includes(PRELOADS_START) || !ssrTemplate.includes(START_TAG))
    throw new Error('islandsTemplate: the page template no longer has the parts it changes');
  return ssrTemplate
    .replace(
      PRELOADS_START,
      `    <% var hydrates = ${HYDRATES}.test(it.appHtml); if (hydrates) it.scripts.forEach((script) => { %>\n`,
    )
    .replace(
      START_TAG,
      `    <% if (hydrates) { %>\n${START_TAG}    <% } else { %>\n` +
        `    <script src="${src}" defer></script>\n` +
        `    <script type="speculationrules">${speculationRules}</script>\n` +
        '    <% } %>\n',
    );
}
