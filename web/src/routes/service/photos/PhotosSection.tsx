// 照片 in the request drawer: the photos sent at intake and taken on site, enlarged on a click, with who took each;
// the office and field staff add more (shrunk in the browser first). Whether a person may add to this request is
// the database's decision; its refusal is shown.
import { CameraOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Image, Space, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useAsyncAction } from '../../../components/use-async-action';
import { useI18n } from '../../../i18n/use-i18n';
import { useStaffNames } from '../../dunning/use-staff-names';
import { timeText } from '../cells';
import { addPhotos, requestPhotos } from './queries';

const MAX_PHOTOS = 9;

interface Props {
  readonly projectId: string;
  readonly requestId: string;
  readonly mayAdd: boolean;
}

export function PhotosSection({ projectId, requestId, mayAdd }: Props) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const key = ['service', 'request', requestId, 'photos'];
  const photos = useQuery({ queryKey: key, queryFn: () => requestPhotos(requestId) });
  const name = useStaffNames((photos.data ?? []).map((p) => p.taken_by));
  const input = useRef<HTMLInputElement>(null);
  const upload = useAsyncAction();
  // Object URLs hold the images in memory until revoked.
  useEffect(() => () => photos.data?.forEach((p) => URL.revokeObjectURL(p.url)), [photos.data]);
  const count = photos.data?.length ?? 0;

  const add = (files: FileList | null) => {
    if (!files || files.length === 0) return;
    void upload.run(async () => {
      try {
        await addPhotos(projectId, requestId, Array.from(files).slice(0, MAX_PHOTOS - count));
      } finally {
        if (input.current) input.current.value = '';
        await queryClient.invalidateQueries({ queryKey: key });
      }
    });
  };

  return (
    <div data-testid="service-photos">
      <Space align="center" style={{ marginBottom: 8 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>{t('serviceDesk.photos.title', { count, max: MAX_PHOTOS })}</Typography.Title>
        {mayAdd && count < MAX_PHOTOS && (
          <Button size="small" icon={<CameraOutlined />} loading={upload.busy} onClick={() => input.current?.click()} data-testid="service-photos-add">
            {t('serviceDesk.photos.add')}
          </Button>
        )}
        <input ref={input} type="file" accept="image/*" multiple hidden onChange={(e) => add(e.target.files)} data-testid="service-photos-input" />
      </Space>
      {upload.error && <Alert type="error" showIcon message={upload.error} style={{ marginBottom: 8 }} />}
      {photos.error && <Alert type="error" showIcon message={photos.error.message} />}
      {count === 0 ? <Typography.Text type="secondary">{t('serviceDesk.photos.none')}</Typography.Text> : (
        <Image.PreviewGroup>
          <Space wrap>
            {photos.data!.map((p) => (
              <div key={p.id} data-testid="service-photo" style={{ textAlign: 'center' }}>
                <Image src={p.url} width={96} height={96} style={{ objectFit: 'cover', borderRadius: 4 }} alt={p.caption ?? ''} />
                <div><Typography.Text type="secondary" style={{ fontSize: 12 }}>{name(p.taken_by)} · {timeText(p.taken_at)}</Typography.Text></div>
              </div>
            ))}
          </Space>
        </Image.PreviewGroup>
      )}
    </div>
  );
}
