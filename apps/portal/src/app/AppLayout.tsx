import { Avatar, Dropdown, Layout, Menu, Space, Tag, Typography, theme } from 'antd';
import {
  AuditOutlined,
  BarChartOutlined,
  BookOutlined,
  ClockCircleOutlined,
  PieChartOutlined,
  ScheduleOutlined,
  ControlOutlined,
  CrownOutlined,
  FundOutlined,
  HomeOutlined,
  IdcardOutlined,
  KeyOutlined,
  LineChartOutlined,
  LogoutOutlined,
  MessageOutlined,
  ReadOutlined,
  SettingOutlined,
  SolutionOutlined,
  TeamOutlined,
  ToolOutlined,
  UploadOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth, useCurrentUser } from './auth';
import { LanguageSwitch } from './LanguageSwitch';
import { navigationFor, selectedNavKey, type NavKey } from './navigation';

const icons: Record<NavKey, React.ReactNode> = {
  clients: <TeamOutlined />,
  coreClients: <CrownOutlined />,
  valueConcentration: <LineChartOutlined />,
  coreClientRules: <ControlOutlined />,
  rmPostings: <IdcardOutlined />,
  audit: <AuditOutlined />,
  home: <HomeOutlined />,
  coverage: <PieChartOutlined />,
  contactCycles: <ScheduleOutlined />,
  myTraining: <ReadOutlined />,
  trainingOverview: <FundOutlined />,
  trainingCatalogue: <BookOutlined />,
  trainingRecords: <SolutionOutlined />,
  trainingImport: <UploadOutlined />,
  expiringCertificates: <ClockCircleOutlined />,
  trainingSettings: <SettingOutlined />,
  complaints: <MessageOutlined />,
  complaintSummary: <BarChartOutlined />,
  complaintSettings: <ToolOutlined />,
};

export function AppLayout() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { signOut } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const { token } = theme.useToken();

  const items = navigationFor(user.role);
  const selected = selectedNavKey(items, location.pathname);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider breakpoint="lg" collapsedWidth={64} width={208} theme="dark">
        <div
          style={{
            color: '#fff',
            fontWeight: 600,
            fontSize: 16,
            padding: '16px 20px',
            whiteSpace: 'nowrap',
          }}
        >
          Corebook
        </div>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={selected ? [selected] : []}
          onClick={({ key }) => {
            const item = items.find((i) => i.key === key);
            if (item) void navigate(item.path);
          }}
          items={items.map((item) => ({
            key: item.key,
            icon: icons[item.key],
            label: <span data-testid={`nav-${item.key}`}>{t(item.label)}</span>,
          }))}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: token.colorBgContainer,
            padding: '0 24px',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'flex-end',
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
          }}
        >
          <Space size="large">
            <LanguageSwitch signedIn />
            <Dropdown
              trigger={['click']}
              menu={{
                items: [
                  {
                    key: 'password',
                    icon: <KeyOutlined />,
                    label: (
                      <span data-testid="menu-change-password">{t('nav.changePassword')}</span>
                    ),
                  },
                  { type: 'divider' },
                  {
                    key: 'signOut',
                    icon: <LogoutOutlined />,
                    label: <span data-testid="menu-sign-out">{t('nav.signOut')}</span>,
                  },
                ],
                onClick: ({ key }) => {
                  if (key === 'password') void navigate('/account/password');
                  if (key === 'signOut') void signOut();
                },
              }}
            >
              <Space style={{ cursor: 'pointer' }} data-testid="user-menu">
                <Avatar size="small" icon={<UserOutlined />} />
                <Typography.Text data-testid="user-name">{user.displayName}</Typography.Text>
                <Tag color="blue">{t(`roles.${user.role}`)}</Tag>
                {user.branch && (
                  <Typography.Text type="secondary">{user.branch.name}</Typography.Text>
                )}
              </Space>
            </Dropdown>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
