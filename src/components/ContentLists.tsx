import React from 'react';
import Link from '@docusaurus/Link';
import { usePluginData } from '@docusaurus/useGlobalData';
import type { ContentModelData } from '../plugins/content-model';

function useContentModel(): ContentModelData {
  return usePluginData('content-model') as ContentModelData;
}

/** Every tag of blog/tags.yml, as the authoring guide shows it. */
export function TagTable(): React.ReactElement {
  const { tags, routes } = useContentModel();
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Key</th>
          <th scope="col">Label</th>
          <th scope="col">Description</th>
        </tr>
      </thead>
      <tbody>
        {Object.entries(tags).map(([key, tag]) => (
          <tr key={key}>
            <td>
              <code>{key}</code>
            </td>
            <td>
              <Link to={`${routes.tags}${tag.permalink}`}>{tag.label}</Link>
            </td>
            <td>{tag.description}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Every author of blog/authors.yml, as the authoring guide shows it. */
export function AuthorTable(): React.ReactElement {
  const { authors, routes } = useContentModel();
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Key</th>
          <th scope="col">Name</th>
          <th scope="col">Title</th>
        </tr>
      </thead>
      <tbody>
        {Object.entries(authors).map(([key, author]) => (
          <tr key={key}>
            <td>
              <code>{key}</code>
            </td>
            <td>
              <Link to={`${routes.authors}/${key}`}>{author.name}</Link>
            </td>
            <td>{author.title ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
