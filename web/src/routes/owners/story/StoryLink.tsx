// The way to an owner's page from a list row (owners, the dunning desk).
import { ProfileOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/use-i18n';
import { ownerStoryPath } from './path';

export function StoryLink({ ownerId }: { readonly ownerId: string }) {
  const { t } = useI18n();
  return (
    <Tooltip title={t('ownerStory.open')}>
      <Link to={ownerStoryPath(ownerId)} data-testid="owner-story-link"><Button size="small" icon={<ProfileOutlined />} /></Link>
    </Tooltip>
  );
}
