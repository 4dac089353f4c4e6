import type { Rng } from './rng';

// Own tables rather than faker: fast enough for 20 million clients, with pinyin for e-mail
// handles, and stable across library upgrades (same seed, same bank).

interface Syllable {
  hanzi: string;
  pinyin: string;
}

function table(spec: string): Syllable[] {
  return spec
    .trim()
    .split(/\s+/)
    .map((pair) => {
      const [hanzi, pinyin] = pair.split(':');
      return { hanzi, pinyin };
    });
}

// The most common surnames, most frequent first (sampled with a falling weight).
const SURNAMES = table(`
  王:wang 李:li 张:zhang 刘:liu 陈:chen 杨:yang 黄:huang 赵:zhao 吴:wu 周:zhou 徐:xu 孙:sun
  马:ma 朱:zhu 胡:hu 郭:guo 何:he 林:lin 高:gao 罗:luo 郑:zheng 梁:liang 谢:xie 宋:song
  唐:tang 许:xu 韩:han 冯:feng 邓:deng 曹:cao 彭:peng 曾:zeng 肖:xiao 田:tian 董:dong 潘:pan
  袁:yuan 蔡:cai 蒋:jiang 余:yu 于:yu 杜:du 叶:ye 程:cheng 魏:wei 苏:su 吕:lv 丁:ding
  任:ren 卢:lu 姚:yao 沈:shen 钟:zhong 姜:jiang 崔:cui 谭:tan 陆:lu 范:fan 汪:wang 廖:liao
  石:shi 金:jin 韦:wei 贾:jia 夏:xia 付:fu 方:fang 邹:zou 熊:xiong 白:bai 孟:meng 秦:qin
  邱:qiu 侯:hou 江:jiang 尹:yin 薛:xue 段:duan 雷:lei 龙:long 黎:li 史:shi 陶:tao 贺:he
  毛:mao 郝:hao 顾:gu 龚:gong 邵:shao 万:wan 武:wu 钱:qian 戴:dai 严:yan 孔:kong 向:xiang
  常:chang 汤:tang 康:kang 易:yi 乔:qiao 赖:lai 文:wen 欧阳:ouyang 司马:sima 上官:shangguan
`);

const GIVEN = table(`
  伟:wei 芳:fang 娜:na 敏:min 静:jing 丽:li 强:qiang 磊:lei 军:jun 洋:yang 勇:yong 艳:yan
  杰:jie 娟:juan 涛:tao 明:ming 超:chao 秀:xiu 霞:xia 平:ping 刚:gang 桂:gui 英:ying 华:hua
  玉:yu 文:wen 辉:hui 建:jian 国:guo 志:zhi 海:hai 红:hong 鹏:peng 宇:yu 婷:ting 浩:hao
  晨:chen 欣:xin 佳:jia 雪:xue 琳:lin 怡:yi 子:zi 梓:zi 涵:han 轩:xuan 睿:rui 博:bo 思:si
  雨:yu 嘉:jia 俊:jun 豪:hao 诗:shi 悦:yue 晓:xiao 云:yun 飞:fei 斌:bin 凯:kai 鑫:xin 婧:jing
  颖:ying 倩:qian 琪:qi 彤:tong 慧:hui 丹:dan 宁:ning 蕾:lei 阳:yang 帆:fan 瑞:rui 泽:ze
  宏:hong 昊:hao 天:tian 铭:ming 峰:feng 亮:liang 成:cheng 林:lin 春:chun 梅:mei 兰:lan
  凤:feng 燕:yan 萍:ping 莉:li 婉:wan 清:qing 安:an 乐:le 家:jia 荣:rong 德:de 永:yong
  振:zhen 伦:lun 立:li 忠:zhong 晶:jing 璐:lu 薇:wei 瑶:yao 可:ke 馨:xin 然:ran 远:yuan
  航:hang 一:yi 诚:cheng 毅:yi 恒:heng 昕:xin 妍:yan 岩:yan 松:song 彬:bin 卫:wei 东:dong
  新:xin 雅:ya 正:zheng 玲:ling 波:bo 健:jian 斌:bin 龙:long 晗:han 若:ruo 沐:mu 辰:chen
`);

// Brand syllables and industries for company names (城市 + 字号 + 行业 + 组织形式).
const BRAND = table(`
  华:hua 信:xin 泰:tai 恒:heng 盛:sheng 达:da 鑫:xin 源:yuan 宏:hong 远:yuan 瑞:rui 丰:feng
  金:jin 海:hai 天:tian 成:cheng 德:de 通:tong 利:li 安:an 新:xin 兴:xing 隆:long 昌:chang
  广:guang 嘉:jia 佳:jia 正:zheng 中:zhong 汇:hui 联:lian 鼎:ding 博:bo 科:ke 创:chuang
  誉:yu 润:run 荣:rong 祥:xiang 福:fu 凯:kai 卓:zhuo 锦:jin 铭:ming 弘:hong 晟:sheng 峰:feng
`);
const INDUSTRIES = [
  '科技',
  '贸易',
  '实业',
  '建设工程',
  '物流',
  '医药',
  '食品',
  '机械制造',
  '电子',
  '新材料',
  '纺织',
  '化工',
  '房地产开发',
  '餐饮管理',
  '信息技术',
  '环保科技',
  '汽车销售',
  '投资管理',
  '农业发展',
  '文化传媒',
  '服饰',
  '能源',
  '家居',
  '教育科技',
  '供应链管理',
  '精密仪器',
  '生物技术',
  '包装',
];
const COMPANY_FORMS = ['有限公司', '有限公司', '有限公司', '股份有限公司', '有限责任公司'];

/** A city with its telephone area code: regions are city branches (分行). */
export interface City {
  name: string;
  areaCode: string;
}

export const CITIES: readonly City[] = [
  ['上海', '021'],
  ['杭州', '0571'],
  ['北京', '010'],
  ['广州', '020'],
  ['深圳', '0755'],
  ['南京', '025'],
  ['苏州', '0512'],
  ['成都', '028'],
  ['武汉', '027'],
  ['西安', '029'],
  ['重庆', '023'],
  ['天津', '022'],
  ['宁波', '0574'],
  ['青岛', '0532'],
  ['厦门', '0592'],
  ['长沙', '0731'],
  ['郑州', '0371'],
  ['济南', '0531'],
  ['合肥', '0551'],
  ['福州', '0591'],
  ['沈阳', '024'],
  ['大连', '0411'],
  ['昆明', '0871'],
  ['南昌', '0791'],
  ['无锡', '0510'],
  ['佛山', '0757'],
  ['东莞', '0769'],
  ['温州', '0577'],
  ['石家庄', '0311'],
  ['哈尔滨', '0451'],
  ['长春', '0431'],
  ['太原', '0351'],
  ['南宁', '0771'],
  ['贵阳', '0851'],
  ['兰州', '0931'],
  ['海口', '0898'],
].map(([name, areaCode]) => ({ name, areaCode }));

/** Sub-branch locations (支行), combined with the city. */
export const BRANCH_PLACES = [
  '人民路',
  '中山路',
  '解放路',
  '建设路',
  '新华路',
  '和平路',
  '胜利路',
  '长江路',
  '黄河路',
  '高新区',
  '经开区',
  '城东',
  '城西',
  '城南',
  '城北',
  '新区',
  '滨江',
  '湖滨',
  '科技园',
  '金融街',
  '世纪大道',
  '体育中心',
  '火车站',
  '大学城',
  '工业园',
  '港区',
  '开发区',
  '中心广场',
  '商务区',
  '东湖',
  '南湖',
  '北站',
  '西城',
  '东城',
  '文化路',
  '青年路',
  '友谊路',
  '迎宾大道',
  '新城',
  '老城',
  '江北',
  '江南',
  '河西',
  '河东',
  '临空港',
  '自贸区',
  '会展中心',
  '软件园',
  '创业园',
  '龙华',
  '天河',
  '花园路',
];

const DISTRICTS = [
  '中心区',
  '东区',
  '西区',
  '南区',
  '北区',
  '新城区',
  '高新区',
  '经开区',
  '滨江区',
  '老城区',
];
const ROADS = [
  '人民',
  '中山',
  '解放',
  '建设',
  '新华',
  '和平',
  '胜利',
  '长江',
  '黄河',
  '文化',
  '青年',
  '友谊',
  '朝阳',
  '光明',
  '幸福',
  '团结',
  '复兴',
  '民生',
  '兴业',
  '繁荣',
  '春晖',
  '金桥',
  '银河',
  '紫荆',
  '梧桐',
  '松柏',
];
const EMAIL_DOMAINS = ['example.cn', 'example.com', 'mail.example.cn', 'example.net'];
const MOBILE_PREFIXES = [
  '130',
  '131',
  '132',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '158',
  '159',
  '176',
  '177',
  '180',
  '182',
  '185',
  '186',
  '187',
  '188',
  '189',
  '199',
];

function surnameIndex(rng: Rng): number {
  // Falling weight: 王 and 李 are far more common than 上官.
  const u = rng.float();
  return Math.floor(SURNAMES.length * u * u);
}

function digits(rng: Rng, count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) out += String.fromCharCode(48 + rng.int(10));
  return out;
}

export interface PersonName {
  name: string;
  handle: string;
}

/** A Chinese personal name (surname + one or two given characters) and a pinyin handle. */
export function personName(rng: Rng): PersonName {
  const surname = SURNAMES[surnameIndex(rng)];
  const first = rng.pick(GIVEN);
  if (rng.chance(0.3))
    return { name: surname.hanzi + first.hanzi, handle: `${first.pinyin}.${surname.pinyin}` };
  const second = rng.pick(GIVEN);
  return {
    name: surname.hanzi + first.hanzi + second.hanzi,
    handle: `${first.pinyin}${second.pinyin}.${surname.pinyin}`,
  };
}

/** A company name such as 杭州华信科技有限公司, and its pinyin brand. */
export function companyName(rng: Rng, city: City): PersonName {
  const a = rng.pick(BRAND);
  const b = rng.pick(BRAND);
  const name = `${city.name}${a.hanzi}${b.hanzi}${rng.pick(INDUSTRIES)}${rng.pick(COMPANY_FORMS)}`;
  return { name, handle: `${a.pinyin}${b.pinyin}` };
}

export function mobilePhone(rng: Rng): string {
  return rng.pick(MOBILE_PREFIXES) + digits(rng, 8);
}

export function landline(rng: Rng, city: City): string {
  return `${city.areaCode}-${String(rng.between(2, 8))}${digits(rng, 7)}`;
}

export function personalEmail(rng: Rng, handle: string): string {
  return `${handle}${rng.chance(0.5) ? String(rng.between(1, 99)) : ''}@${rng.pick(EMAIL_DOMAINS)}`;
}

export function corporateEmail(rng: Rng, handle: string): string {
  return `${rng.pick(['finance', 'info', 'contact', 'treasury'])}@${handle}${rng.int(100)}.example.cn`;
}

export function address(rng: Rng, city: City, corporate: boolean): string {
  const street = `${city.name}市${rng.pick(DISTRICTS)}${rng.pick(ROADS)}路${rng.between(1, 999)}号`;
  if (corporate) return rng.chance(0.5) ? `${street}${rng.between(2, 32)}楼` : street;
  return `${street}${rng.between(1, 30)}栋${rng.between(1, 28)}0${rng.between(1, 4)}室`;
}
