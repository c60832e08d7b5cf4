/**
 * A code block line as a `<span>` where the theme renders a `<div>`: `<code>` may hold phrasing
 * content only, so every page with code was invalid HTML. The span is a block box (the line
 * class), so lines look, wrap, select and copy as before; with line numbers the theme's table-row
 * class applies instead. The rest follows the theme's Line (pinned by test/unit/code-block-line.test.ts).
 */
import React, { type ReactNode } from 'react';
import clsx from 'clsx';
import type { Props } from '@theme/CodeBlock/Line';
import LineToken from '@theme/CodeBlock/Line/Token';
import themeStyles from '@docusaurus/theme-classic/lib/theme/CodeBlock/Line/styles.module.css';
import styles from './styles.module.css';

type Token = Props['line'][number];

/** A line holding only its newline would render it and the <br> too: keep the <br> alone. */
function withoutLoneNewline(line: Token[]): Token[] {
  return line.length === 1 && line[0]!.content === '\n' ? [{ ...line[0]!, content: '' }] : line;
}

export default function CodeBlockLine({
  line: lineProp,
  classNames,
  showLineNumbers,
  getLineProps,
  getTokenProps,
}: Props): ReactNode {
  const line = withoutLoneNewline(lineProp);
  const lineProps = getLineProps({
    line,
    className: clsx(classNames, showLineNumbers ? themeStyles.codeLine : styles.line),
  });
  const tokens = line.map((token, key) => {
    const tokenProps = getTokenProps({ token });
    return (
      <LineToken key={key} {...tokenProps} line={line} token={token}>
        {tokenProps.children}
      </LineToken>
    );
  });
  return (
    <span {...lineProps}>
      {showLineNumbers ? (
        <>
          <span className={themeStyles.codeLineNumber} />
          <span className={themeStyles.codeLineContent}>{tokens}</span>
        </>
      ) : (
        tokens
      )}
      {/* Keeps an empty line one line tall. */}
      <br />
    </span>
  );
}
