"""Answers that are not answers: refusals, web-page chrome and advertising.

- **refusal**: the whole answer says the model cannot do the task ("As an AI language model, I
  cannot …", "This task cannot be completed by a GPT model", "作为一个AI语言模型，我无法…"). A
  refusal followed by real help is an answer, so only short answers are judged;
- **page chrome**: cookie and consent banners, navigation menus, footers and share buttons scraped
  with a page (``Home | About Us | Contact``, ``版权所有``, ``返回顶部``);
- **advertising**: promotion phrases (``Buy now``, ``50% OFF``, ``加微信``, ``立减``) with a link or a
  contact handle, in an answer whose prompt did not ask for an advertisement.

Phrase lists are matched case-insensitively with compiled regular expressions; English entries match
whole words. A prompt about the same thing (cookies, web pages, advertising) exempts the answer.
"""

from __future__ import annotations

import re

from pipeline.stages.clean.signals.asked import asks_odd_words
from pipeline.text.caseless import CaselessPattern

# --- refusals ------------------------------------------------------------------------------------

_REFUSAL = CaselessPattern(
    r"\bas an? (?:ai|artificial intelligence|language model|large language model|text-based|virtual assistant|"
    r"digital assistant)\b[^.!?\n]{0,60}\b(?:cannot|can't|can not|unable|not able|do not|don't|not capable|"
    r"incapable|lack)\b"
    r"|\b(?:this|the|that|your) (?:type of )?(?:task|instruction|request|question)s? (?:cannot|can't|can not) be "
    r"(?:completed|fulfilled|done|performed|carried out|answered)"
    r"|\b(?:cannot|can't|can not|unable to|not able to|not possible to)\b[^.!?\n]{0,80}\b(?:language model|ai model|"
    r"gpt(?: model)?|text-based (?:ai|model|assistant)|as an ai)\b"
    r"|\b(?:language model|ai model|gpt(?: model)?)s? (?:cannot|can't|can not|is unable|are unable|is not able)\b"
    r"|\bi(?:'m| am) sorry,? (?:but )?(?:i|as an ai)[^.!?\n]{0,40}\b(?:cannot|can't|can not|unable|not able)\b"
    r"|作为(?:一个|一名|一款)?(?:AI|人工智能|语言模型|AI语言模型|人工智能语言模型|大型语言模型)[^。！？\n]{0,30}"
    r"(?:无法|不能|没有能力|不具备|做不到)"
    r"|(?:GPT|语言|AI|人工智能)模型(?:无法|不能|没有能力)"
    r"|无法完成(?:此|这|该)(?:类|个|项)?(?:任务|指令|请求|要求)"
    r"|(?:抱歉|对不起)[，,]?\s*(?:但)?我(?:无法|不能|没有能力)"
    r"|\b(?:sorry|apologi[sz]e|unfortunately)\b[^.!?\n]{0,60}\b(?:cannot|can't|can not|unable|not able|"
    r"(?:don't|do not) have the (?:ability|capability|means))\b"
    r"|(?:抱歉|对不起)[^。！？\n]{0,20}(?:无法|不能|超出了?我的能力|做不到)"
    # what the assistant says it is ("I'm only a text-based assistant", "我是由人工智能技术驱动的程序")
    r"|\bi(?:'m| am) (?:just |only |merely |simply )?an? (?:ai|artificial intelligence|(?:large )?language model|"
    r"text-based|virtual|digital|computer|chat)\b"
    r"|我(?:只)?是(?:一个|一款|一名)?(?:由[^。！？\n]{0,15})?(?:AI|人工智能|语言模型|聊天机器人|机器人|程序|虚拟助手)"
    r"|(?:没有|不具备)(?:个人的?)?(?:情感|感情|观点|意见|偏好|主观)"
    # declining and inability, tied to the assistant and the task
    r"|\b(?:isn't|is not|not) something (?:that )?i(?:'m| am)? (?:able|allowed|permitted|designed|programmed) to\b"
    r"|\b(?:falls?|is|lies?|goes) (?:outside|beyond) (?:what i|my\b|the scope of (?:what i|my))"
    r"|\bbeyond (?:my|the) (?:capabilit|abilit|scope|knowledge)"
    r"|\bi (?:must|have to|will have to|need to|would have to) (?:respectfully )?(?:decline|refrain|pass)\b"
    r"|\bdecline to (?:respond|answer|comment|help|assist|engage)"
    r"|\bi(?:'m| am) not (?:able|allowed|permitted|in a position|designed|programmed|equipped|capable) (?:to|of)\b"
    r"|\bi(?: can't| cannot| can not|'m unable to| am unable to|'m not able to| am not able to| won't be able to|"
    r" will not be able to| could not| couldn't) (?:access|browse|connect to|retrieve|look (?:this |that |it )?up|"
    r"search (?:for|the)|open (?:links|urls|files|attachments|external)|provide (?:that|this|an? answer|real-time|"
    r"information|personal|an opinion|opinions)|help (?:you )?with (?:that|this)|assist (?:you )?with|"
    r"answer (?:this|that|your)|complete (?:this|that|the|your) (?:task|request)|fulfil|comply|respond to (?:this|that)|"
    r"do (?:that|this)|form (?:an? )?(?:opinion|view)|express (?:an? |personal )?(?:opinion|view|feeling)s?)"
    r"|\bi (?:do not|don't) have (?:the )?(?:access|ability|capability|capacity|means|real-time|internet|live|"
    r"browsing|personal (?:opinions|views|feelings|experiences))"
    r"|\bno (?:access to|way to access) (?:live|real-time|the internet|external|current|up-to-date|the web)"
    r"|\bmy (?:knowledge|training(?: data)?) (?:stops|ends|is limited|cuts? off|has a cut-?off|only goes|"
    r"only extends|only covers)|\b(?:knowledge|training) cut-?off\b"
    r"|我(?:暂时|目前|现在)?(?:无法|不能|没办法|没有办法|不便)(?:回答|提供|完成|帮|查|访问|读取|联网|上网|浏览|获取|"
    r"发表|评价|判断|处理|执行|满足|给出|作答|回复|打开|搜索)"
    r"|我[^。！？\n]{0,6}(?:无法|不能|不可以|没法)(?:联网|上网|访问互联网|访问网络|浏览网页|读取外部|查询实时|获取实时|"
    r"访问外部|打开链接)"
    r"|超出了?我的(?:能力|知识|服务)?范围|不在我的(?:能力|服务|回答|知识)范围"
    # declining by deflection (round on heldout9): discomfort, a topic called sensitive, a change of subject
    r"|\bi (?:do not|don't) feel comfortable (?:responding|answering|discussing|helping|writing|providing)"
    r"|\bi must point out that (?:this|the|your) (?:topic|question|request|subject) (?:could|may|might|can) be "
    r"(?:sensitive|harmful|offensive|inappropriate)"
    r"|我不便(?:就|对|回答|提供)|(?:可能|会)[^。！？\n]{0,10}(?:让|令|使)[^。！？\n]{0,6}(?:感到)?不适"
    r"|我的知识(?:库)?(?:有|存在|只)?(?:截止|截至|更新到)|知识截止|训练数据(?:截止|截至)",
)
_INABILITY = CaselessPattern(
    r"\b(?:cannot|can't|can not|unable|not able|not capable|impossible|(?:don't|do not) have (?:the )?(?:ability|capability|means|"
    r"access)|isn't something|is not something|decline|refrain|not (?:allowed|permitted|in a position|designed|"
    r"programmed|equipped)|no (?:access|way to access)|(?:falls?|is|lies?|goes) (?:outside|beyond)|beyond (?:my|the)|"
    r"cut-?off|my (?:knowledge|training(?: data)?) (?:stops|ends|is limited|cuts? off|only))\b"
    r"|\b(?:(?:do not|don't) feel comfortable|could be sensitive|may be sensitive|might be sensitive)\b"
    r"|无法|不能|没有能力|超出|做不到|没办法|没有办法|不便|没法|不在我的|截止|截至|不适",
)
REFUSAL_RE2 = (
    r"(?i)as an? (?:ai|artificial|language|large|text|virtual|digital)|cannot|can't|can not|unable|not able|"
    r"not possible|language model|ai model|gpt|sorry|apologi|unfortunately|i'm (?:just |only |merely |simply )?an? |"
    r"i am (?:just |only |merely |simply )?an? |something|outside|beyond|decline|refrain|not allowed|not permitted|"
    r"not in a position|not designed|not programmed|not equipped|not capable|won't be able|will not be able|"
    r"could not|couldn't|don't have|do not have|no access|no way to access|knowledge|training|cut-?off|"
    r"作为|模型|无法|不能|抱歉|对不起|没办法|没有办法|不便|不可以|没法|超出|不在我的|截止|截至|我是|我只是|没有|不具备|"
    r"comfortable|point out|不适"
)
"""RE2 pattern (pyarrow) matching every answer :func:`refusal` could flag (a superset)."""

REFUSAL_MAX_CHARS = 300
"""Longer answers (a Han character counting 3) that contain a refusal also contain an answer; not judged."""


_COURTESY = re.compile(
    r"anything else|help you with|assist you|let me know|consult|rephras|try again|feel free|any other questions?|"
    r"hope you understand|(?:use|try|check|with) a search engine|search (?:for (?:this|it|that) )?online|"
    r"(?:up-to-date|reliable|official|trusted) sources?|qualified professional|please (?:check|refer|visit|search)|"
    r"帮您|帮助您|为您服务|其他问题|还有什么|咨询|换个|换一个|再试|试试|自行|以官方|官方|专业人士|理解|谅解|"
    # moralising filler around a deflection (round on heldout9)
    r"important to (?:approach|prioriti[sz]e|be respectful|remember)|respect and care|safety and well-?being|"
    r"focus on something|something (?:more )?(?:positive|else)|尊重|积极正面",
    re.I,
)
_SENTENCE = re.compile(r"(?<=[.!?。！？])\s*")


_FIRST_PERSON = re.compile(
    r"\bI\b[^.!?\n]{0,20}(?:can't|cannot|can not|unable|not able|impossible)|impossible for me|"
    r"我[^。！？\n]{0,6}(?:无法|不能|做不到|没办法)",
    re.I,
)
"""A prompt holding a first-person inability ("Reword: I can't do it."): its answer may say it again."""

COURTESY_MAX_WORDS = 15
"""A courtesy formula is a short sentence: longer ones (or 25+ Han characters) say something besides."""


def _substantive(sentence: str) -> bool:
    """A sentence that says something besides refusing.

    Six or more words (12 Han characters), and no refusal or (in a short sentence) courtesy formula.
    """
    if _REFUSAL.search(sentence):
        return False
    han = sum(1 for ch in sentence if "\u4e00" <= ch <= "\u9fff")
    words = len(sentence.split())
    if _COURTESY.search(sentence) and words < COURTESY_MAX_WORDS and han < 25:
        return False
    return words >= 6 or han >= 12


def refusal(output: str, prompt: str = "") -> str | None:
    """``"refusal"`` when a short answer only refuses, else None.

    The answer must hold a refusal phrase and nothing substantive besides: every other sentence is
    short or a courtesy formula ("Is there anything else I can help you with?"). A refusal followed
    by an answer ("…, I cannot access real-time data. However, London averages 8-10 °C in March.")
    or by a reason ("这个表述涉及暴力，不符合使用规范") is an answer, and so is a refusal in the answer
    to a ``prompt`` that holds one itself (a dialogue to rewrite).
    """
    output, prompt = output.replace("’", "'"), prompt.replace("’", "'")
    if (
        not _REFUSAL.search(output)
        or not _INABILITY.search(output)
        or _REFUSAL.search(prompt)
        or _FIRST_PERSON.search(prompt)
    ):
        return None  # (a prompt that itself holds a refusal, e.g. a dialogue to rewrite, may get one back)
    sentences = [t for t in _SENTENCE.split(output.strip()) if t.strip()]
    return None if any(_says_more(t) for t in sentences) else "refusal"


_CONTRAST = re.compile(r"\b(?:however|but|although)\b|但是|不过|然而", re.I)


def _says_more(sentence: str) -> bool:
    """A sentence that is substantive, or a refusal clause followed by a substantive "but/however" clause.

    "I cannot browse the internet, but I can explain how search engines rank pages" says more.
    """
    if _substantive(sentence):
        return True
    tail = _CONTRAST.split(sentence, maxsplit=1)
    # "I'm sorry, but I'm not able to help": the clause after "but" only refuses again
    return len(tail) == 2 and not _INABILITY.search(tail[1]) and _substantive(tail[1])


# --- page chrome ---------------------------------------------------------------------------------

_CHROME_PHRASES = (
    # consent banners
    "we use cookies|uses cookies|use of cookies|cookie policy|cookie settings|accept cookies|accept all cookies|"
    "cookies help us|consent to (?:the use of |our use of )?cookies|by continuing to (?:browse|use)|"
    # footers and legal links
    "privacy policy|terms of (?:service|use)|all rights reserved|copyright ©|© ?\\d{4}|powered by|sitemap|"
    # navigation
    "skip to (?:main )?content|back to top|home page|about us|contact us|my account|sign in|sign up|log in|"
    "log out|register now|cart \\(\\d+\\)|shopping cart|new arrivals|main menu|menu|breadcrumb|"
    # sharing and subscriptions
    "share this(?: article| post| page)?|share on (?:facebook|twitter|linkedin)|follow us|subscribe to our|"
    "newsletter|related (?:posts|articles)|read more|learn more|previous page|next page|page \\d+ of \\d+|"
    "leave a comment|\\d+ comments?|posted (?:on|by|in)|filed under|your privacy|"
    "manage (?:preferences|cookies|options|consent)|accept all|reject all|allow all|necessary only|privacy settings|javascript (?:is )?(?:disabled|required)|enable javascript|"
    "page not found|404 not found|loading\\.\\.\\."
)
_CHROME_ZH = (
    "使用cookie|cookie政策|cookie设置|隐私政策|隐私声明|用户协议|服务条款|使用条款|版权所有|版权声明|免责声明|"
    "返回顶部|返回首页|网站首页|首页|关于我们|联系我们|联系方式|公司简介|产品中心|产品展示|新闻动态|新闻资讯|"
    "在线留言|网站地图|友情链接|登录|注册|我的账户|购物车|上一篇|下一篇|上一页|下一页|阅读全文|点击查看|"
    "分享到|扫一扫|关注我们|订阅|加载中|icp备|公网安备|技术支持|了解更多|查看详情|我知道了|当前位置|当前的位置|"
    "责任编辑|打印本页|关闭窗口|相关阅读|相关文章|隐私保护|同意并继续|管理偏好|个人信息保护|"
    "cookie偏好|接受全部|全部接受|拒绝全部"
)
_CHROME = CaselessPattern(rf"(?<![A-Za-z])(?:{_CHROME_PHRASES})(?![A-Za-z])|{_CHROME_ZH}")
CHROME_RE2 = f"(?i){_CHROME_PHRASES}|{_CHROME_ZH}"
"""RE2 pattern (pyarrow) matching every answer with a chrome phrase (a superset of :func:`chrome_phrases`)."""
_CONSENT = re.compile(
    r"cookie|consent|by continuing to (?:browse|use)|accept all|reject all|allow all|manage preferences|"
    r"继续浏览即表示|即表示您同意|即表示你同意|同意我们使用|视为您已阅读并同意|同意并继续",
    re.I,
)
_NAV_SEPARATED = re.compile(r"(?:[^|>»\n]{1,24}\s*(?:\||>|»|/|·)\s*){3,}[^|>»\n]{1,24}")
_CHROME_TOPIC = CaselessPattern(
    r"consent|gdpr|privacy|website|web ?page|web ?site|homepage|landing page|navigation|nav ?bar|menu bar|"
    r"footer|header|banner|html|\bui\b|user interface|\bapp\b|account|sign[ -]?up|sign[ -]?in|log[ -]?in|register|"
    r"browser|e-?mail|google|facebook|twitter|online|internet|"
    r"网站|网页|主页|首页|导航|菜单栏|页脚|页眉|隐私|界面|横幅|帐户|账户|账号|注册|登录|浏览器|邮箱|谷歌|在线|网上|互联网",
)


_NAV_WORDS = frozenset(
    [
        "home",
        "home page",
        "homepage",
        "about",
        "about us",
        "products",
        "product",
        "blog",
        "news",
        "contact",
        "contact us",
        "login",
        "log in",
        "sign in",
        "sign up",
        "register",
        "shop",
        "store",
        "sale",
        "sales",
        "services",
        "pricing",
        "faq",
        "faqs",
        "menu",
        "main menu",
        "cart",
        "my account",
        "account",
        "careers",
        "search",
        "support",
        "help",
        "docs",
        "downloads",
        "new arrivals",
        "gallery",
        "portfolio",
        "team",
        "events",
        "resources",
        "导航",
        "首页",
        "主页",
        "商城",
        "新品上市",
        "特价专区",
        "我的账户",
        "购物车",
        "关于我们",
        "联系我们",
        "产品中心",
        "新闻动态",
        "新闻资讯",
        "公司简介",
        "在线留言",
        "联系方式",
        "登录",
        "注册",
        "帮助",
        "客服",
        "下载",
        "招聘",
        "网站首页",
        "产品展示",
        "服务",
        "案例",
        "解决方案",
    ]
)
_NAV_SPLIT = re.compile(r"\s*(?:[|>»·/\n]|\s{2,})\s*")
_NAV_COUNT = re.compile(r"\s*\(\d+\)$")


def nav_items(text: str) -> tuple[int, int]:
    """(items, navigation items) when ``text`` is split at ``|``, ``>``, ``»``, ``/``, newlines and wide gaps."""
    items = [_NAV_COUNT.sub("", t).strip().lower() for t in _NAV_SPLIT.split(text.strip())]
    items = [t for t in items if t]
    if any(len(t) > 25 for t in items):
        return len(items), 0
    return len(items), sum(1 for t in items if t in _NAV_WORDS)


def chrome_phrases(text: str) -> set[str]:
    """The distinct page-chrome phrases in ``text`` (lower case)."""
    return _CHROME.phrases(text)


def page_chrome(output: str, prompt: str, phrases_possible: bool = True) -> str | None:
    """``"chrome"`` when the answer is (or ends with) web-page boilerplate, else None.

    A consent banner (cookies, "by continuing to browse"), three or more distinct chrome phrases,
    a navigation bar (four or more short items separated by ``|``, ``>``, ``»`` or newlines, most of
    them menu words such as Home, Blog, Login, 首页, 购物车), or two chrome phrases in a
    separated bar, in an answer to a prompt that is not about cookies, web pages, menus or interfaces.
    """
    if _CHROME_TOPIC.search(prompt):
        return None  # (tested first: the prompt is short, the phrase search over the answer is not)
    # phrases_possible False: the caller knows (from CHROME_RE2, a superset) that there is no chrome phrase.
    phrases = chrome_phrases(output) if phrases_possible else set()
    nav = nav_items(output) if len(output) <= 300 else (0, 0)
    is_nav = nav[0] >= 4 and nav[1] >= 0.6 * nav[0]
    if not phrases and not is_nav:
        return None
    if is_nav:
        return "chrome"
    if _CONSENT.search(output) and len(output) < 600:
        return "chrome"
    if len(phrases) >= 3 and (len(output) < 400 or len(chrome_phrases(output.rsplit("\n\n", 1)[-1][-300:])) >= 2):
        return "chrome"
    if len(phrases) >= 2 and _NAV_SEPARATED.search(output):
        return "chrome"
    return None


# --- advertising ---------------------------------------------------------------------------------

_STRONG_EN = (
    r"buy now|order now|shop now|sign up (?:now|today)|subscribe now|click here|visit (?:us|our site|our store|"
    r"our website|www)|call now|act now|order today|win a free|make \$+|earn \$|make money fast|"
    r"no experience (?:needed|required)|\[sponsored\]|\(sponsored\)|sponsored (?:post|content|links?|ads?)|promo code|use code|coupon code|discount code|"
    r"earn \$?\d[\d,]*(?:/| per )(?:day|hour|week|month)|\[ad\]|advertisement|"
    # contact solicitations and sponsorship lines
    r"(?:message|dm|ping|add) (?:me|us) (?:on|at|via|through|@)|"
    r"(?:buy|order|shop|grab) (?:[\w-]+ ){1,4}now\b|"
    r"(?:sponsored|brought to you|paid for) by|sign up with (?:my |our |the )?(?:code|link)|"
    r"(?:referral|invite|invitation|voucher) (?:code|link)|"
    r"(?:want|get|see|read|download|unlock) the (?:full|complete|whole) (?:answer|solution|version|essay|text)|"
    r"full (?:answer|solution) (?:at|here|on|->|→)"
)
_STRONG_ZH = (
    r"加微信|加我微信|加v信?|加q|qq[:：\s]?\d|代开|刷单|日赚|点击进入|点击链接|免费领|扫码|关注公众号|量大从优|欢迎选购|"
    r"欢迎咨询|诚信经营|立即抢购|现在下单|【广告】|（广告）|\[广告\]|【推广】|（推广）|\[推广\]|"
    r"赞助|优惠码|邀请码|注册即送|私信我|加群|群号|回复[“\"「]?[^，。\n]{1,8}[”\"」]?(?:即可)?(?:获取|领取)|"
    r"戳这里|点这里|点此(?:链接|查看|领取|下载)|完整答案(?:请|见|在)|更多精彩"
)
_WEAK_EN = (
    r"\d+\s*% off|discounts?|free shipping|limited (?:time )?offer|best price|lowest price|cheap|deals?|promo code|"
    r"coupons?|hurry|free trial|money back|special offer|guaranteed|free gift|near me"
)
_WEAK_ZH = r"优惠|立减|包邮|抢购|下单|正品|低价|兼职|领取|限时|折扣|特价|促销|联系电话|热线|官网|咨询"
_STRONG_PROMO = CaselessPattern(
    rf"(?<![A-Za-z])(?:{_STRONG_EN})(?![A-Za-z])|" + _STRONG_ZH.replace("qq[", "(?<![A-Za-z0-9-])qq[")
)
"""Strong promotion phrases; a handle cue such as ``qq`` counts only as a word of its own (not inside
``xn--1jqq80b``, a punycode label; round on heldout15). :data:`PROMO_RE2` is the superset without that guard."""
_WEAK_PROMO = CaselessPattern(rf"(?<![A-Za-z])(?:{_WEAK_EN})(?![A-Za-z])|{_WEAK_ZH}")
PROMO_RE2 = f"(?i){_STRONG_EN}|{_STRONG_ZH}|{_WEAK_EN}|{_WEAK_ZH}"
"""RE2 pattern (pyarrow) matching every answer with a promotion phrase (a superset of what :func:`advertising` needs)."""
_CONTACT = re.compile(
    r"https?://|www\.|\b[\w-]+\.(?:com|net|org|cn|biz|info|shop|top|xyz|io|ly|co)\b|"
    r"(?:微信|(?<![A-Za-z])(?:wechat|vx|qq|tel|whatsapp|telegram|tg|line|discord|instagram|ig|skype)|v信|电话)"
    r"\s*[:：号]?\s*@?[A-Za-z0-9_+-]{5,}|(?<![\w@])@[A-Za-z][A-Za-z0-9_]{3,}\b|\+\d{1,3}[ -]\d{3}[ -]\d{3,4}\b|"
    r"\b1-?8\d\d-?\d{3}-?\d{4}\b|(?<!\d)1[3-9]\d{9}(?!\d)",
    re.I,
)
_AD_TOPIC = CaselessPattern(
    r"\bads?\b|advert|promot|slogan|marketing|tagline|commercial|\bsales?\b|\bsell|campaign|coupon|discount|"
    r"\boffers?\b|\bdeals?\b|flyer|brochure|spam|phishing|scam|call[ -]to[ -]action|\bcta\b|loyalty|呼吁行动|行动号召|号召|"
    r"encourag\w* (?:\w+ )?(?:users|people|customers|readers|visitors) to|persuad|convinc|sign[ -]?ups?\b|subscrib|"
    r"广告|宣传|推广|促销|文案|营销|口号|标语|推销|诈骗|垃圾|优惠|折扣|"
    # round on heldout11: a genre of advertising asked for licenses its look (a sponsor read, a pitch, a classified)
    r"sponsor|elevator pitch|pitch deck|infomercial|endorse|testimonial|classified|口播|赞助|代言|软文|带货",
)
"""A prompt that asks for (or about) advertising: its answer may advertise."""
_COMMERCE_TOPIC = re.compile(
    r"tweet|\bpost\b|social media|newsletter|e-?mail|invit|customer|product|\bbrand|\bstore\b|\bshop|business|"
    r"company|announce|\burl\b|\blinks?\b|hyperlink|website|web ?page|landing|"
    r"顾客|客户|产品|品牌|商店|店铺|公司|推文|帖子|社交媒体|邮件|邀请|链接|网址|网站",
    re.I,
)
"""A prompt about commerce or the web: its answer may hold one call to act; more is advertising."""


_REACH_TOPIC = re.compile(
    r"\bcontact|get in touch|\breach (?:us|out|them|him|her|someone|the)\b|helpline|hotline|support (?:team|line|desk)|"
    r"customer (?:service|support|care)|help ?desk|联系|联络|客服|热线|服务电话|求助电话",
    re.I,
)
"""A prompt asking how to reach someone: a number to call or an address to write to is the answer, not an advert."""

_KEYWORD_TOPIC = re.compile(r"keyword|\bseo\b|hashtag|\btags?\b|关键词|标签", re.I)
"""A prompt asking for keywords or tags: a list of them is the answer, not stuffing."""

STUFFING_MIN_WORDS = 12
STUFFING_TOP_SHARE = 0.2


STUFFING_DISTINCT_SHARE = 0.5
_URL = re.compile(
    r"https?://\S+|www\.\S+|\b[\w-]+\.(?:com|net|org|cn|biz|info|shop|top|xyz|io|ly|co|click|site)\b\S*", re.I
)
_LIST_SEP = re.compile(r"[\s,，、;；|/-]+")


def _stuffed(output: str) -> bool:
    """Keyword stuffing: twelve or more words and no sentence punctuation (links aside).

    One word makes a fifth of them, or at most half of them are distinct ("buy X, cheap Y, discount X, …").
    """
    text = _URL.sub(" ", output)
    if any(ch in text for ch in ".!?。！？"):
        return False
    words = [w for w in _LIST_SEP.split(text.lower()) if w]
    if len(words) < STUFFING_MIN_WORDS:
        return False
    counts: dict[str, int] = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return max(counts.values()) >= STUFFING_TOP_SHARE * len(words) or len(counts) <= STUFFING_DISTINCT_SHARE * len(
        words
    )


def advertising(output: str, prompt: str) -> str | None:
    """``"spam"`` when the answer advertises, else None.

    Promotion phrases are *strong* (calls to act or to get in touch: "Buy now", "click here",
    "加微信") or *weak* (words that also occur in honest shopping advice: "discount", "cheap",
    "优惠"). Spam: two strong phrases; or one strong phrase with a weak one or with a link or
    contact handle that the prompt does not hold; or three weak phrases with such a link; or two weak
    phrases in keyword stuffing (no sentences, one word a fifth of all: "cheap X buy X X near me"). A prompt
    that asks for an advertisement (or is about advertising) exempts its answer; a prompt about
    commerce or the web (a tweet, a newsletter, a store, a link) allows one call to act: there it
    takes two strong phrases, or a strong and a weak one with a foreign link.
    """
    if _AD_TOPIC.search(prompt):
        return None  # (tested first: cheaper than the phrase search over the answer)
    strong = _STRONG_PROMO.phrases(output)
    weak = _WEAK_PROMO.phrases(output) if strong or len(output) < 4000 else set()
    if not strong and len(weak) < 3 and not (weak and _stuffed(output)):
        return None
    low_prompt = prompt.lower()
    foreign_contact = any(m.group(0).lower() not in low_prompt for m in _CONTACT.finditer(output))
    if not strong and (len(weak) >= 2 or foreign_contact) and _stuffed(output) and not _KEYWORD_TOPIC.search(prompt):
        return "spam"  # keyword stuffing: "cheap X buy X X near me best X X deals …", or with a shop link
    if _COMMERCE_TOPIC.search(prompt):
        return "spam" if len(strong) >= 2 or (strong and weak and foreign_contact) else None
    if len(strong) >= 2 or (strong and (weak or foreign_contact)) or (len(weak) >= 3 and foreign_contact):
        return "spam"
    return None


# --- a promotion as the answer, or appended after it ------------------------------------------------

PROMO_MAX_CHARS = 300
"""The promotion judged is the answer's last paragraph (after a blank line), or the whole answer, of at most this
many characters."""
_PROMO_CUES: tuple[tuple[str, str], ...] = (
    (
        "act",
        r"\b(?:install|download|join|enrol+|sign ?up|register|subscribe|buy|order now|dm|message me|contact me|click|"
        r"tap|use (?:the )?code|apply now|whitelist|follow (?:me|us)|upgrade (?:your|now)|log ?in (?:now|here|to)|"
        r"call (?:now|today|us)|claim|see if you qualify|check (?:your )?eligibility|share (?:this|it) (?:to|with)|"
        r"forward (?:this|it) to)\b|\bcall \(?\d|\b(?:whatsapp|telegram|wechat|text|sms)\b\W{0,3}\+?\d|"
        # round on heldout11: a number offered to call or a handle to add is a call to act, whatever the wording
        r"\b(?:call|dial|ring)\b(?: [\w-]+){0,4}:? \+?\(?\d[\d ()-]{6,}|\be-?mail(?: me| us)?(?: at)? [\w.-]+@|"
        r"(?:热线|电话|致电|拨打)\s*[:：]?\s*\d{3}|加\s*(?:qq|vx|v信|v)\s*[:：]?\s*[A-Za-z0-9_]{4,}|"
        r"加入|下载|注册|购买|订阅|私信|加(?:老师|我)?微信|搜索[:：]|点击|打开\s*app|扫码|报名|领取|进群|安装|登录升级|立即登录|关注|"
        r"转发|详情访问|速来|抢购",
    ),
    (
        "offer",
        r"\b(?:free|bonus|cash|earn|paid|profits?|coupon|certificate|premium|signals?|discount|\d+\s*%(?: off)?|"
        r"\d+x|gift cards?|prize|reward|winner|backlinks?|followers)\b|\d+\s*%|[$¥€£]\s?\d|\d+\s*(?:元|块|万)|"
        r"免费|红包|立减|优惠|现价|原价|赚|日结|一单一结|提现|涨停|牛股|翻倍|送\d+|就送|买\w{0,3}送|付费|费用|收费|大奖|奖品|抽奖|话费|"
        # round on heldout11: goods for sale and a service on call are offers
        r"\bfor sale\b|\bavailable now\b|24/7|24x7|\b(?:round|around) the clock\b|\btoll[- ]free\b|出售|上门|随叫随到|"
        r"24小时|全天候|[一二三四五六七八九]折",
    ),
    (
        "urgency",
        r"\b(?:today only|this week|limited|hurry|last chance|now!|only \d+ (?:left|spots?|seats?|places?))|!!!|前\d+名|限时|仅限|名额有限|立即|马上|秒到账|"
        r"今日|明日|今晚|\d+点前|速来|\bwithin \d+ (?:hours|minutes|days)\b|\bin \d+ (?:seconds|minutes)\b|"
        r"\bbefore (?:midnight|tonight|it'?s too late)\b|\babout to expire\b|\bnow[:!]|\d+\s*小时内",
    ),
    (
        "contact",
        r"(?:^|[^\w@])@[A-Za-z]\w{2,}|t\.me/|bit\.ly|telegram|whatsapp|paypal|微信[:：]|"
        r"\b[\w-]{3,}\.(?:com|net|org|io|ly|me|cn|co|shop|biz|info|xyz|top)\b|\b[a-z]{1,3}\.(?:cn|co|ly|gl|gd|im)/\w+|"
        r"app store|google play|"
        # a voucher code (``use code FREE30``, ``邀请码 FREE30``) reaches the seller like a contact
        r"\b(?:use|promo|coupon|invite|referral) code:? [A-Z0-9]{4,}|(?:邀请码|优惠码|兑换码|推荐码)[:：]?\s*[A-Za-z0-9]{4,}|"
        # a channel of the seller's (a newsletter, a WeChat public account)
        r"\bnewsletter\b|\bmailing list\b|公众号|订阅号|视频号|"
        # a messenger handle to add (``加V：abc123``)
        r"加\s*(?:qq|vx|v信|v|微信)\s*[:：]?\s*[A-Za-z0-9_]{4,}|"
        # a telephone number to call (``(555) 014-1294``, ``1-800-555-0142``, ``电话400-237-1010``)
        r"\(\d{3}\) ?\d{3}-\d{4}|\b(?:1-)?\d{3}-\d{3}-\d{4}\b|\b\d{3}-\d{4}\b|(?:电话|热线)\s*[:：]?\s*\d{3,}|"
        r"(?:\+\d{1,3}[ -]?)?\b\d{3,4}[ -]\d{3,4}[ -]\d{3,4}\b",
    ),
    ("voice", r"(?-i:\b(?:[Oo]ur|[Mm]y|me|us)\b)|我的|我们|本店|老师|小编"),
    # round on heldout11: an answer that names its sponsor is an advert read, whatever it sells
    (
        "sponsor",
        r"\b(?:our|today's|this (?:episode|video|answer|post)'?s?) sponsors?\b|\bsponsored by\b|\bbrought to you by\b|"
        r"赞助商|赞助播出|感谢[^，。\n]{0,16}(?:赞助|冠名)|由[^，。\n]{1,16}(?:赞助|冠名)",
    ),
    ("job", r"\b(?:hiring|part-time jobs?|work from home|typing jobs?)\b|兼职|招聘|宝妈|学生党|在家就能"),
    (
        "gate",
        r"\b(?:full (?:answer|lesson|solution|course|version)|preview|see more|in (?:the|our) app|open in app)\b|"
        r"查看完整|更多精彩|完整(?:答案|回答|课程|版)|app内",
    ),
)
_PROMO_RE = tuple((name, re.compile(p, re.I)) for name, p in _PROMO_CUES)
_PROMO_NEEDED = frozenset({"act", "gate", "job", "sponsor"})
"""Kinds of which :func:`promotion` needs one (a call to act, a gated answer, or a job offer with an offer)."""
PROMO_TAIL_RE2 = "(?i)" + "|".join(p for name, p in _PROMO_CUES if name in ("act", "contact", "gate", "job", "sponsor"))
"""RE2 pattern (pyarrow): answers holding a cue of a promotion (a superset of what :func:`promotion` needs)."""
PROMO_MIN_WORDS = 4
"""A promotion is prose: at least this many words (of two or more letters) or Han characters."""
_PROSE_WORD = re.compile(r"[A-Za-z]{2,}|[\u4e00-\u9fff]")
PROMO_MIN_CUES = 2
"""Kinds of cue (a call to act, an offer or price, urgency, a contact, the seller's voice, a job offer, a gated full
answer) a promotion holds; one more makes it certain."""


def promotion(output: str, prompt: str) -> str | None:
    """``"promo"`` (reject), ``"promo_weak"`` (review) or None: the answer is, or ends with, a promotion.

    The last paragraph (after a blank line; or the whole answer) is short, shares no content word with
    the prompt and holds cues of :data:`PROMO_MIN_CUES` kinds (+1 for ``promo``; +1 each for a prompt about
    commerce or social media), among them a call to act or a gated full answer (or a job offer with pay), and
    with only two kinds one of them a contact or a gated answer (the seller's voice, our, my, 我的, 老师, counts
    as a third): "Get 3 months free: install our app and use code …",
    "Open in app to see the full answer", "完整课程请购买付费专栏，原价199现价9.9，限时三天！". The words of
    the promotion do not matter, only which kinds of cue it combines. A prompt about advertising,
    marketing or offers exempts it, and so does one asking how to reach someone (contact details are then
    the answer).
    """
    tail = output.rsplit("\n\n", 1)[-1].strip()
    if not tail or len(tail) > PROMO_MAX_CHARS:
        return None
    # (tested before the cue searches, which cost several times more: most tails judged here share a word with the
    # prompt, and every other test below only returns None as well)
    if _engages(tail, prompt):
        return None
    # a call to act or a gated answer (or a job offer) is needed: tested first, the other kinds only where one is found
    kinds = {name for name, pattern in _PROMO_RE if name in _PROMO_NEEDED and pattern.search(tail)}
    if not kinds:
        return None
    kinds |= {name for name, pattern in _PROMO_RE if name not in _PROMO_NEEDED and pattern.search(tail)}
    if len(kinds) < PROMO_MIN_CUES or not (kinds & {"act", "gate", "sponsor"} or {"job", "offer"} <= kinds):
        return None  # prices, percentages and "we" without a call to act are information
    if len(kinds) == PROMO_MIN_CUES and not (kinds & {"contact", "gate", "sponsor"} or kinds == {"job", "offer"}):
        return None  # a call to act with an offer or a voice may be advice or talk ("Join me for a drink?")
    if len(_PROSE_WORD.findall(tail)) < PROMO_MIN_WORDS:
        return None  # not prose: passwords, handles, codes
    if _AD_TOPIC.search(prompt) or _REACH_TOPIC.search(prompt) or asks_odd_words(prompt):
        return None
    # a prompt about commerce or social media (a post, a product, a store) may get one call to act: one kind more
    need = PROMO_MIN_CUES + 1 if _COMMERCE_TOPIC.search(prompt) else PROMO_MIN_CUES
    if len(kinds) < need:
        return None
    return "promo" if len(kinds) > need else "promo_weak"


# --- link-only answers ---------------------------------------------------------------------------

LINK_ONLY_MAX_CHARS = 200
"""Longer answers are not judged as link-only."""
LINK_CANDIDATE_RE2 = (
    r"(?i)https?://|www\.|\b[a-z0-9-]+\.(?:com|net|org|cn|biz|info|shop|top|xyz|io|ly|co|me|click|site|link|gl|cc)/"
)
"""RE2 pattern (pyarrow): answers holding a link (a superset of what :func:`link_only` needs)."""
_LINK = re.compile(
    r"https?://\S+|www\.\S+|\b[a-z0-9-]+\.(?:com|net|org|cn|biz|info|shop|top|xyz|io|ly|co|me|click|site|link|gl|cc)"
    r"/\S*",
    re.I,
)
_LINK_TOPIC = re.compile(
    r"\burls?\b|\blinks?\b|hyperlink|website|web ?site|web ?page|\bsite\b|homepage|home page|domain|\bsources?\b|"
    r"\breferenc|citation|\bcite\b|\bhttp|\bwww\b|address|\bpages?\b|articles?|wikipedia|"
    r"internet|look up|\bretriev|网址|链接|网站|网页|官网|主页|域名|出处|来源|引用|地址|页面|文章|维基|互联网|网上",
    re.I,
)
_RESOURCE_TOPIC = re.compile(
    r"\bwhere (?:can|could|do|should|to)\b|resource|\bonline\b|\btool|\bapp\b|recommend|哪里|资源|在线|工具|推荐",
    re.I,
)
_WORDISH = re.compile(r"[A-Za-z\u00c0-\u024f\u0370-\u04ff]{2,}|[\u4e00-\u9fff]")


def link_only(output: str, prompt: str) -> str | None:
    """``"link"`` when the answer is a link and a few words at most and nobody asked for a link, else None.

    ``"resource"`` (borderline) when the prompt asks where to find something.

    "Full solution -> https://…", "戳这里 → https://…", a bare shortened link: the answer sends the
    reader elsewhere instead of answering. A prompt about links, URLs, websites or sources, or one that
    holds the link itself, exempts it.
    """
    links = _LINK.findall(output)
    if len(links) != 1 or len(output) > LINK_ONLY_MAX_CHARS or ("<" in output and ">" in output):
        return None
    rest = _LINK.sub(" ", output)
    words = _WORDISH.findall(rest)
    han = sum(1 for w in words if len(w) == 1)
    if len(words) - han > 4 or han > 8:
        return None
    low = prompt.lower()
    if _LINK_TOPIC.search(prompt) or any(link.lower() in low for link in links):
        return None
    return "resource" if _RESOURCE_TOPIC.search(prompt) else "link"


# --- answers that do not engage with the task ------------------------------------------------------

NON_ANSWER_MAX_CHARS = 200
"""Longer answers are not judged by :func:`non_answer`."""
_META_NOUN = (
    r"response|answer|reply|content|output|request|post|message|comment|article|page|service|generation|"
    r"completion|this|page|session|chat|translations?|"
    r"回答|内容|答案|回复|该|此|本|请求|服务|全文|页面|文章|会话|客服|消息|翻译|问题|正文|文字|对方"
)
_STATUS = (
    r"removed|hidden|blocked|flagged|withheld|moderat\w*|violat\w*|unavailable|premium|members? only|"
    r"subscri\w*|log ?in|sign ?(?:up|in)|join now|free (?:article|answer)s? limit|upgrade|paywall|"
    r"unlock (?:this|the full|the complete|the rest)|continue reading|read the (?:full|complete|rest)|"
    r"rate.?limit\w*|quota|timed? ?out|error|exception|status code|try again|retry|expired|content polic\w*|"
    r"community (?:guidelines|standards|rules)|safety (?:filter|system)|sensitive|"
    r"屏蔽|折叠|已被?删除|已被?隐藏|违反|违规|敏感|会员|VIP|登录|开通|付费|订阅|稍后再试|稍后重试|错误码|超时|限流|频繁|"
    r"审核|不可用|无法显示|未予显示|已失效|下架|下载APP|查看完整|系统异常|(?:生成|加载|请求)失败|出错了|网络错误|"
    # the medium speaking instead of an answer: deleted posts, blank or unreadable scans, chat-client events,
    # a scanner app's stamp, a translation service's notice, a Q&A page's status line
    r"deleted|intentionally left blank|blank page|illegible|unreadable|no text (?:detected|found)|"
    r"(?:scanned|created) (?:with|by)|session (?:ended|expired|closed|timed out)|\bidle\b|transferred to|"
    r"limit (?:exceeded|reached)|free translations|merged (?:into|with)|"
    r"已被?[^，。\n]{0,6}删除|空白|无正文|无法识别|未检测到|撤回|转接|已接入|已结束|超时|扫描|额度|暂不支持|翻译失败|合并到|被浏览"
)
_CLARIFY = (
    r"(?:more|additional|further) (?:information|details|context)|clarify|specify|be more specific|"
    r"what (?:exactly|do you mean|did you mean)|rephrase|not sure what you|i (?:don't|do not) (?:quite )?understand (?:your|what you)|"
    r"请补充|请提供更多|请问您|您想了解|哪一方面|哪方面|具体一点|具体些|换个说法|不太明白|没太明白|没有理解您|"
    r"再详细描述|详细描述一下您|说明一下您"
)
_VERDICT = (
    r"^\s*(?:\[\[\d+(?:\.\d+)?\]\]|(?:rating|score|grade|verdict|评分|得分|打分|评级)\s*[:：]\s*\[*\d+(?:\.\d+)?\]*"
    r"(?:\s*(?:/|out of)\s*\d+)?)"
)
"""A grader's verdict (``Rating: 8/10``, ``[[7]]``, ``评分：6/10``) where the answer should be."""
_BRACKET_NOTE = r"^\s*[\[<【（(]([^\[\]<>【】（）()\n,，、'\"=]{1,40})[\]>】）)][^\n\[\]<>【】（）()=+*/^]{0,16}$"
"""An answer that is one bracketed note (``[voice message 0:14]``, ``<Media omitted>``, ``[图片]``), at most a
short tail (a duration, a file name) after it; not a list (commas), a string or an attribute (quotes, ``=``), and
it needs a word (three letters, two Han characters)."""
_NON_ANSWER = re.compile(rf"(?P<status>{_STATUS})|(?P<clarify>{_CLARIFY})", re.I)
_META = re.compile(_META_NOUN, re.I)
_VERDICT_RE = re.compile(_VERDICT, re.I)
_NOTE_WORD = re.compile(r"[A-Za-z]{3}|[\u4e00-\u9fff]{2}")
_BRACKET_NOTE_RE = re.compile(_BRACKET_NOTE)
_VERDICT_TOPIC = re.compile(
    r"\b(?:rat(?:e|es|ed|ing|ings)|scor\w*|grad(?:e|es|ed|ing)|judg\w*|evaluat\w*|assess\w*|reviews?|rank\w*|"
    r"verdicts?|stars?)\b|评分|打分|评价|评级|评估|等级|分数|星级",
    re.I,
)
"""A prompt that asks for a rating or a score: a verdict is its answer."""
NON_ANSWER_RE2 = (
    f"(?i){_STATUS}|{_CLARIFY}|{_VERDICT}|{_BRACKET_NOTE}|(?:scanned|created|generated|made|sent|powered|exported|"
    "converted)\\s+(?:with|by|from|using)\\s|(?:创建|生成|导出)\\s*$"
)
"""RE2 pattern (pyarrow): answers that may be a service notice or a question back (a superset)."""
_NON_ANSWER_TOPIC = re.compile(
    r"\b(?:ask(?:s|ing)?|clarif\w*|dialog(?:ue)?s?|conversations?|chat\w*|repl(?:y|ies)|respond\w*|messages?|"
    r"emails?|errors?|notices?|notifications?|customers?|moderat\w*|paywall|subscri\w*|login|http|status|"
    r"questions?|requests?|role-?play)\b|提问|追问|对话|客服|客户|投诉|提示|通知|消息|回复|报错|错误|会员|登录",
    re.I,
)
"""A prompt whose answer may itself be a question to someone (a question back is then no non-answer)."""
_STATUS_TOPIC = re.compile(
    r"\b(?:errors?|messages?|pop-?ups?|windows?|dialog(?:ue)?s?|repl(?:y|ies)|e-?mails?|banners?|notices?|"
    r"notifications?|alerts?|moderat\w*|paywall|"
    r"subscri\w*|log ?in|sign ?(?:in|up)|http|status|chat ?(?:bots?|logs?|clients?|apps?|transcripts?)|"
    r"system messages?|interface|ui|placeholders?|scann\w*|quotas?|rate limits?)\b|"
    r"提示|通知|系统消息|报错|错误(?:信息|提示|消息|页面|码)|状态码|会员|登录|界面|文案|扫描|占位",
    re.I | re.ASCII,
)
"""A prompt whose answer may itself be a notice of a service or an app (an error, a login prompt, a UI string)."""
_STAMP = re.compile(
    r"^\s*(?:scanned|created|generated|made|sent|powered|exported|converted)\s+(?:with|by|from|using)\s+"
    r"[\w .&'-]{2,30}(?:\n\s*page\s*\d+)?\s*$"
    r"|^\s*(?:由|用|使用|来自)?\s*[^\s，。、\n]{2,10}\s*(?:扫描)?(?:创建|生成|导出)\s*$",
    re.I,
)
"""An app's stamp alone ("Scanned with …", "Sent from my …", "由 … 扫描创建"): the medium, not an answer."""
_CONTENT_WORD = re.compile(r"[A-Za-z]{4,}|[\u4e00-\u9fff]{2}")


_FRAME_WORDS = frozenset(
    [
        "what",
        "that",
        "this",
        "with",
        "from",
        "your",
        "have",
        "more",
        "about",
        "would",
        "could",
        "should",
        "make",
        "sure",
        "want",
        "like",
        "know",
        "please",
        "will",
        "been",
        "they",
        "them",
        "their",
        "there",
        "which",
        "when",
        "where",
        "into",
        "some",
        "also",
        "than",
        "then",
        "only",
        "very",
        "just",
        "best",
        "first",
        "help",
        "happy",
        "understand",
        "mean",
        "answer",
        "detail",
        "details",
        "specific",
        "exactly",
        "give",
        "tell",
    ]
)
"""Words of 4+ letters that any answer may share with a prompt without taking up its task."""
_FRAME_HAN = frozenset("的了是在我你您请问题回答这那个一些吗呢么")


def _engages(output: str, prompt: str) -> bool:
    """True when the answer shares a content word (4+ letters, or a Han pair) with the prompt."""
    low = prompt.lower()
    out = output.lower()
    for m in _CONTENT_WORD.finditer(out):
        w = m.group()
        if w not in _FRAME_WORDS and not (_FRAME_HAN & set(w)) and w in low:
            return True
    return any(
        out[i : i + 2] in low
        for i in range(len(out) - 1)
        if "\u4e00" <= out[i] <= "\u9fff" and out[i] not in _FRAME_HAN and out[i + 1] not in _FRAME_HAN
    )


def non_answer(output: str, prompt: str) -> str | None:
    """``"verdict"``, ``"status"``, ``"note"`` or ``"clarify"`` when a short answer does not take up the task.

    The answer is at most :data:`NON_ANSWER_MAX_CHARS` characters. A grader's verdict (``Rating: 8/10``,
    ``[[7]]``) for a prompt that asks for no rating or score is ``verdict``. Otherwise the answer shares no
    content word with the prompt (words of 4+ letters, Han character pairs) and either is a notice of the
    service or medium about itself (removed, deleted, moderated, paywalled, an error or rate limit, a blank
    or unreadable scan, a chat client's event, a scanner's stamp: a status word with a word for the answer,
    the page or the service, or inside a bracketed note, ``status``), or one bracketed note with at most a
    short tail and no status word (``[voice message 0:14]``, ``[图片]``: ``note``, borderline), or only asks
    back for more information (``clarify``). Not for prompts about questions, dialogues, messages, errors or
    notices (their answer may be one). Otherwise None.
    """
    if len(output) > NON_ANSWER_MAX_CHARS:
        return None
    if _VERDICT_RE.match(output) is not None and _VERDICT_TOPIC.search(prompt) is None:
        return "verdict"
    m = _NON_ANSWER.search(output)
    nm = _BRACKET_NOTE_RE.match(output)
    note = nm is not None and _NOTE_WORD.search(nm.group(1)) is not None
    stamp = _STAMP.match(output) is not None
    if (m is None and not note and not stamp) or _engages(output, prompt):
        return None
    if stamp or (m is not None and m.group("status") is not None):
        if _STATUS_TOPIC.search(prompt) is not None:
            return None
        return "status" if stamp or note or _META.search(output) is not None else None
    if note:
        return None if _STATUS_TOPIC.search(prompt) is not None else "note"
    if _NON_ANSWER_TOPIC.search(prompt) is not None:
        return None
    return "clarify" if output.rstrip()[-1:] in ("?", "？", ".", "。") else None
