/**
 * Bylines in RSS. The feed library writes an item's `<author>` only for an author with an e-mail
 * address (RSS 2.0 wants one there), so RSS readers showed our stories without a byline. Each
 * item gets a `<dc:creator>` per author instead (Dublin Core, which RSS readers read for the
 * byline), after its `<guid>`, the item's URL, which names the story.
 */

const DC_NS = 'http://purl.org/dc/elements/1.1/';

const cdata = (text: string) => `<![CDATA[${text.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;

/**
 * `xml` (an RSS 2.0 document as the feed library writes it) with a `<dc:creator>` for each name
 * `authorsOf` gives an item's guid, and the Dublin Core namespace declared on `<rss>`.
 */
export function withCreators(xml: string, authorsOf: (guid: string) => readonly string[] | undefined): string {
  let items = 0;
  const body = xml.replace(/(\n?([ \t]*)<guid[^>]*>([^<]*)<\/guid>)/g, (whole, _guid, indent: string, id: string) => {
    const names = authorsOf(decodeXml(id.trim())) ?? [];
    items += 1;
    return whole + names.map((name) => `\n${indent}<dc:creator>${cdata(name)}</dc:creator>`).join('');
  });
  if (items === 0 || /<rss[^>]*\sxmlns:dc=/.test(body)) return body;
  return body.replace(/<rss(\s|>)/, `<rss xmlns:dc="${DC_NS}"$1`);
}

function decodeXml(text: string): string {
  return text.replace(
    /&(amp|lt|gt|quot|apos);/g,
    (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[name]!,
  );
}
