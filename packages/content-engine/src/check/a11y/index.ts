/** The accessibility rules of the content checks, run through one markdownlint pass a file. */
import type { Finding } from '../finding';
import type { Site } from '../../site/manifest';
import type { SourceFile } from '../source';
import { lintAccessibility, type AccessibilityRule } from './engine';
import { singleH1Rule } from '../rules/single-h1';
import { headingIncrementRule } from '../rules/heading-increment';
import { imageAltRule } from '../rules/image-alt';
import { linkTextRule } from '../rules/link-text';
import { tableHeaderRule } from '../rules/table-header';
import { imageSizeRule } from '../rules/image-size';

export const ACCESSIBILITY_RULES: AccessibilityRule[] = [
  singleH1Rule,
  headingIncrementRule,
  imageAltRule,
  linkTextRule,
  tableHeaderRule,
  imageSizeRule,
];

export const accessibilityRules = (source: SourceFile, site: Pick<Site, 'dir' | 'static'>): Finding[] =>
  lintAccessibility(source, site, ACCESSIBILITY_RULES);
