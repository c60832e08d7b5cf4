/** The picture fixtures and their story, as the browser tests and the bench put them into a site. */
export {
  addPictureStory,
  originalPictureBytes,
  PICTURES_FIXTURE,
  PICTURE_FILES,
  PICTURE_STORY_SLUG,
} from '../../scripts/lib/picture-story';
