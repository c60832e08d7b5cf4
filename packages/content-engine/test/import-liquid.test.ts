import { describe, expect, it } from 'vitest';
import { convertLiquid } from '../src/import/liquid';

/** Post URLs as a site with posts at /blog/<slug> gives them. */
const postUrl = (slug: string) => `/blog/${slug}`;

describe('convertLiquid', () => {
  it('turns {% highlight %} into a fenced block with the language', () => {
    const result = convertLiquid('{% highlight ruby %}\nputs 1\n{% endhighlight %}', postUrl);
    expect(result.body).toBe('```ruby\nputs 1\n```');
    expect(result.changes).toEqual(['converted {% highlight %} blocks to fenced code (once)']);
    expect(result.problems).toEqual([]);
  });

  it('reports highlight options it drops', () => {
    expect(convertLiquid('{% highlight js linenos %}\nx\n{% endhighlight %}', postUrl).changes).toContain(
      'line 1: dropped highlight options "linenos"',
    );
  });

  it('removes {{ site.baseurl }} and {{ site.url }}, counting them', () => {
    const result = convertLiquid('[a]({{ site.baseurl }}/a) [b]({{site.url}}{{ site.baseurl }}/b)', postUrl);
    expect(result.body).toBe('[a](/a) [b](/b)');
    expect(result.changes).toEqual([
      'removed {{ site.baseurl }} (2 times): links are relative to this site',
      'removed {{ site.url }} (once): links are relative to this site',
    ]);
  });

  it('replaces a relative_url filter by the path it wraps', () => {
    expect(convertLiquid(`[x]({{ '/docs/' | relative_url }})`, postUrl).body).toBe('[x](/docs/)');
  });

  it('keeps what {% raw %} encloses exactly, Liquid-looking text included', () => {
    const result = convertLiquid('a {% raw %}{{ name }} {% if x %}{% endraw %} b', postUrl);
    expect(result.body).toBe('a {{ name }} {% if x %} b');
    expect(result.problems).toEqual([]);
  });

  it('drops Liquid comments with their line', () => {
    expect(convertLiquid('one\n{% comment %}secret {{ x }}{% endcomment %}\ntwo', postUrl).body).toBe('one\ntwo');
  });

  it('converts post_url to the imported post path, and says what it assumed', () => {
    const result = convertLiquid('[p]({% post_url 2013-05-31-old-post %})', postUrl);
    expect(result.body).toBe('[p](/blog/old-post)');
    expect(result.changes[0]).toMatch(/converted \{% post_url 2013-05-31-old-post %\} to \/blog\/old-post/);
  });

  it('makes any other tag or variable a problem with its line, never passing it silently', () => {
    const result = convertLiquid('text\n{% include note.html %}\n{{ page.title }}', postUrl);
    expect(result.problems).toEqual([
      {
        message: 'Liquid {% include note.html %} cannot be converted',
        suggestion: 'rewrite it in Markdown before importing',
        at: { line: 2, column: 1 },
      },
      {
        message: 'Liquid {{ page.title }} cannot be converted',
        suggestion: 'replace it with its value before importing',
        at: { line: 3, column: 1 },
      },
    ]);
  });

  it('reports a block that is never closed', () => {
    expect(convertLiquid('x\n{% raw %}never ends', postUrl).problems).toEqual([
      { message: '{% raw %} is never closed', at: { line: 2, column: 1 } },
    ]);
    // Lines count from where the body starts in its file.
    expect(convertLiquid('{% highlight sh %}\nls', postUrl, 9).problems).toEqual([
      { message: '{% highlight %} is never closed', at: { line: 9, column: 1 } },
    ]);
  });

  it('leaves text without Liquid untouched and unreported', () => {
    const text = 'Braces { like } these, and a 100% sure thing.';
    expect(convertLiquid(text, postUrl)).toEqual({ body: text, changes: [], problems: [] });
  });
});
