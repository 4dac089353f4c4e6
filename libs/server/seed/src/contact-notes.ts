import type { ContactPurpose, ContactType } from '@corebook/domain';
import type { Rng } from './rng';

// What an RM writes after a contact: short notes, in Chinese or English as RMs of a Chinese
// bank write them (data, shown as written). Each entry is [Chinese, English].

type Pool = readonly (readonly [string, string])[];

const NOTES: Record<ContactPurpose, Pool> = {
  PERIODIC_REVIEW: [
    ['季度资产检视，客户对当前配置满意', 'Quarterly review; happy with the current allocation'],
    [
      '回顾到期理财，客户计划续作',
      'Went through maturing wealth products; plans to roll them over',
    ],
    [
      '年度财务规划沟通，关注子女教育金',
      "Annual planning talk; focus on the children's education fund",
    ],
    ['检视贷款还款情况，一切正常', 'Checked the loan repayments; all on track'],
    ['客户近期业务扩张，资金需求增加', 'Business is expanding; will need more working capital'],
    ['更新客户风险测评，结果不变', 'Renewed the risk assessment; same profile as before'],
  ],
  PRODUCT: [
    ['介绍稳健收益90天理财计划，客户有兴趣', 'Presented the 90-day wealth plan; interested'],
    ['推荐大额存单，客户考虑中', 'Suggested a large-denomination CD; thinking it over'],
    [
      '讲解年金保险方案，约定下次详谈',
      'Explained the annuity plan; will go through it in detail next time',
    ],
    ['介绍白金信用卡权益', 'Walked through the platinum card benefits'],
    ['客户咨询债券基金，已发送产品说明', 'Asked about bond funds; sent the fact sheet'],
  ],
  SERVICE: [
    ['协助办理大额转账', 'Helped with a large transfer'],
    ['处理网银登录问题', 'Sorted out an online banking login problem'],
    ['协助更新预留信息', 'Updated the contact details on file'],
    ['陪同客户办理开户手续', 'Went through the account opening paperwork together'],
  ],
  COMPLAINT_FOLLOW_UP: [
    [
      '跟进上月手续费投诉，客户表示理解',
      "Followed up last month's fee complaint; client satisfied with the answer",
    ],
    [
      '回访排队时间过长的意见，已反馈网点',
      'Called back about the long queue; passed it on to the branch',
    ],
  ],
  ONBOARDING: [
    ['新客户首次拜访，了解家庭财务状况', 'First meeting; went through the family finances'],
    ['介绍客户经理服务内容及联系方式', 'Introduced the RM service and how to reach me'],
  ],
  RETENTION: [
    [
      '客户考虑转出部分存款，已提供优惠利率方案',
      'Considering moving deposits away; offered a better rate',
    ],
    ['客户对收益不满，重新调整配置建议', 'Unhappy with returns; proposed a new allocation'],
  ],
};

const MESSAGES: Pool = [
  ['发送产品说明书', 'Sent the product sheet'],
  ['节日问候', 'Holiday greetings'],
  ['提醒理财产品即将到期', 'Reminder: a wealth product matures soon'],
  ['发送季度对账单说明', 'Sent notes on the quarterly statement'],
];

const NOT_REACHED: Pool = [
  ['电话未接通', 'No answer'],
  ['客户在外地，约定改日再联系', 'Client travelling; will call again'],
  ['占线，稍后再拨', 'Line busy; will try later'],
];

const NEXT_STEPS: Pool = [
  ['发送产品说明书', 'Send the product sheet'],
  ['下次拜访带上保险方案', 'Bring the insurance proposal to the next visit'],
  ['一周后电话跟进', 'Call back in a week'],
  ['安排投资顾问一起拜访', 'Arrange a visit with the investment adviser'],
  ['确认理财到期后的安排', 'Confirm plans for the maturing product'],
];

const pick = (rng: Rng, pool: Pool, chinese: boolean) =>
  pool[rng.int(pool.length)][chinese ? 0 : 1];

/** The note of a contact. */
export function contactNote(
  rng: Rng,
  chinese: boolean,
  type: ContactType,
  purpose: ContactPurpose,
  reached: boolean,
): string {
  if (!reached) return pick(rng, NOT_REACHED, chinese);
  if (type === 'MESSAGE' || type === 'EMAIL') return pick(rng, MESSAGES, chinese);
  return pick(rng, NOTES[purpose], chinese);
}

/** A next step for a contact. */
export function nextStep(rng: Rng, chinese: boolean): string {
  return pick(rng, NEXT_STEPS, chinese);
}
