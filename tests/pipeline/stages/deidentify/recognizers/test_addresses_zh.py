"""Chinese street addresses: exact spans, hard negatives, scores, the gazetteer, the prefilter, Presidio."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.stages.deidentify.recognizers.addresses_zh import (
    ZhStreetAddressRecognizer,
    admin_divisions,
    recognizers,
)
from pipeline.stages.deidentify.recognizers.base import fold

REC = ZhStreetAddressRecognizer()


def spans(text: str, threshold: float = 0.5) -> list[str]:
    folded = fold(text)
    assert len(folded) == len(text)
    return [text[r.start : r.end] for r in REC.analyze(folded) if r.score >= threshold]


POSITIVES = [
    ("北京市朝阳区建国路88号SOHO现代城A座1808室", "北京市朝阳区建国路88号SOHO现代城A座1808室"),
    ("我住在海淀区中关村大街1号", "海淀区中关村大街1号"),
    ("华清嘉园五栋六单元2405", "华清嘉园五栋六单元2405"),
    ("华清嘉园5栋6单元2405", "华清嘉园5栋6单元2405"),
    (
        "收货地址：广东省深圳市南山区科技园南区深南大道9988号，邮编518057",
        "广东省深圳市南山区科技园南区深南大道9988号，邮编518057",
    ),
    ("寄到体育西路一百二十三号", "体育西路一百二十三号"),
    ("他住在朝阳区望京西园三区212号楼1单元502", "朝阳区望京西园三区212号楼1单元502"),
    ("寄到上海浦东新区张江路500弄3号", "上海浦东新区张江路500弄3号"),
    ("地址：3号楼502室", "3号楼502室"),
    ("江苏省苏州市吴江区震泽镇红旗村五组93号", "江苏省苏州市吴江区震泽镇红旗村五组93号"),
    ("内蒙古自治区呼和浩特市新城区新华大街58号", "内蒙古自治区呼和浩特市新城区新华大街58号"),
    ("我家在幸福里小区25幢2单元803，欢迎来玩", "幸福里小区25幢2单元803"),
    ("北京朝阳区建外SOHO东区3号楼1201", "北京朝阳区建外SOHO东区3号楼1201"),
    ("广州市天河区天河路385号太古汇一座15楼", "广州市天河区天河路385号太古汇一座15楼"),
    ("成都市武侯区人民南路四段27号", "成都市武侯区人民南路四段27号"),
    ("香港特别行政区中环皇后大道中99号", "香港特别行政区中环皇后大道中99号"),
    ("沪B 8K2L9停在长宁区延安西路1500号门口", "长宁区延安西路1500号"),
    ("住湖南省长沙市岳麓区麓山南路932号中南大学", "湖南省长沙市岳麓区麓山南路932号"),
    ("公司位于杭州市余杭区文一西路969号", "杭州市余杭区文一西路969号"),
    ("鲁迅故居位于北京西城区宫门口二条19号", "北京西城区宫门口二条19号"),
    ("被告住湖南省岳阳市平江县安定镇前进村一组14号。", "湖南省岳阳市平江县安定镇前进村一组14号"),
    ("西城区朝阳北路1117号院25号楼5单元2901", "西城区朝阳北路1117号院25号楼5单元2901"),
    ("重庆市沙坪坝区红星路二段三十四号十七号楼六百零二室", "重庆市沙坪坝区红星路二段三十四号十七号楼六百零二室"),
    ("陕西省西安市碑林区碧水湾16号楼1708室，邮编710011", "陕西省西安市碑林区碧水湾16号楼1708室，邮编710011"),
    ("厦门市思明区清凉门大街15号东座28楼2808", "厦门市思明区清凉门大街15号东座28楼2808"),
    ("天津市和平区五一大道六十六号十九号楼二千九百零七室", "天津市和平区五一大道六十六号十九号楼二千九百零七室"),
    ("长沙市芙蓉区永康路317弄10号2008室", "长沙市芙蓉区永康路317弄10号2008室"),
    ("武汉市江汉区天府大道北段1785号西座30楼3008", "武汉市江汉区天府大道北段1785号西座30楼3008"),
    ("上海市浦东新区融侨锦江6号楼3单元2301", "上海市浦东新区融侨锦江6号楼3单元2301"),
    ("业主：我家武汉市江汉区万科城市花园17幢3单元3104的水管漏水了", "武汉市江汉区万科城市花园17幢3单元3104"),
    ('String addr = "武汉市武昌区延安西路五十六号九号楼七百零一室";', "武汉市武昌区延安西路五十六号九号楼七百零一室"),
    (
        "I live at 深圳市南山区人民路五十一号二十九号楼一千七百零八室, my mobile",
        "深圳市南山区人民路五十一号二十九号楼一千七百零八室",
    ),
    ("address = '北京市东城区长江路72号' WHERE", "北京市东城区长江路72号"),
    ("自提地址解放路31号16幢2802室，联系", "解放路31号16幢2802室"),
    ("家庭住址：山东省青岛市崂山区愚园路1104弄10号1105室", "山东省青岛市崂山区愚园路1104弄10号1105室"),
    (
        "地址：上海市徐汇区漕溪北路88号圣爱大厦12楼1203室（邮编：200030）",
        "上海市徐汇区漕溪北路88号圣爱大厦12楼1203室（邮编：200030）",
    ),
    ("联系地址：北京市海淀区学院路30号科大天工大厦B座7层", "北京市海淀区学院路30号科大天工大厦B座7层"),
    ("现住：广东省东莞市长安镇乌沙社区兴发南路8号", "广东省东莞市长安镇乌沙社区兴发南路8号"),
    ("户籍地址：河北省保定市清苑区冉庄镇东孙庄村128号", "河北省保定市清苑区冉庄镇东孙庄村128号"),
    ("公司搬到了南京西路1266号恒隆广场2座40楼", "南京西路1266号恒隆广场2座40楼"),
    ("地址：北京市 朝阳区 建国路 88号 3号楼 502室", "北京市 朝阳区 建国路 88号 3号楼 502室"),
    ("住在阳光小区3-2-501", "阳光小区3-2-501"),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_finds_the_whole_address(text: str, expected: str) -> None:
    assert spans(text) == [expected]


NEGATIVES = [
    "请在5号之前提交报告。",
    "第一章 总则",
    "乘坐三号线到人民广场站",
    "一楼大厅有自动售货机",
    "北京大学是一所著名的大学",
    "天安门广场位于北京市中心",
    "小米14和iPhone 15的对比",
    "这3栋楼都是去年建的",
    "这是我第2次来到这座城市。",
    "2019年6月5号下午3点在1号会议室开会",
    "他的球衣是23号，位置是前锋",
    "我们每个月15号发工资",
    "故宫博物院地址是北京市东城区景山前街4号",
    "这个产品型号是A3座椅，还有5号电池",
    "第10号文件要求各地区落实",
    "图书馆3楼305室",
    "泰姬陵位于印度阿格拉市，是一座用白色大理石建造的陵墓",
    "你知道5号是什么日子吗",
    "长安街是北京的主干道",
    "10号线和2号线在这里换乘",
    "第3组的同学请到2号教室",
    "比亚迪汉和特斯拉Model 3",
    "iPhone 15 Pro Max 256GB",
    "他在第5条第2款中规定",
    "我在3号楼等你",
    "请于本月10号前到人民路营业厅办理",
    "老家在山东省菏泽市曹县青堌集镇丁庄村",
    "会议定在2单元 2019年召开",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_hard_negatives(text: str) -> None:
    assert spans(text) == []


def test_scores_are_calibrated() -> None:
    def score(text: str) -> float:
        (r,) = REC.analyze(fold(text))
        return r.score

    assert score("北京市朝阳区建国路88号") >= 0.85
    assert score("华清嘉园5栋6单元2405") >= 0.85
    assert 0.5 <= score("我们在中山路11号见面") < 0.85
    assert score("地址：中山路11号") > score("我们在中山路11号见面")
    assert REC.analyze(fold("阳光花园21栋")) and score("阳光花园21栋") < 0.85
    assert REC.analyze(fold("3号楼502室")) == []  # a bare building counts only after a cue


def test_chinese_numerals_with_ten_hundred_thousand() -> None:
    text = "团结道一千八百五十六号二号楼一千四百零七室"
    assert fold(text) == "团结道1千8百5十6号2号楼1千4百07室"
    assert spans("湖南省长沙市岳麓区" + text) == ["湖南省长沙市岳麓区" + text]


def test_gazetteer() -> None:
    full, short, longest = admin_divisions()
    assert {"北京市", "朝阳区", "浦东新区", "广西壮族自治区", "27区"} <= full  # 二七区, folded
    assert {"北京", "广东", "深圳", "内蒙古", "广西"} <= short
    assert 3000 < len(full) < 4000 and longest < 20


def test_recognizers_for_every_language() -> None:
    for lang in ("zh", "en"):
        (rec,) = recognizers(lang)
        assert isinstance(rec, ZhStreetAddressRecognizer)
        assert rec.supported_language == lang
        assert rec.ENTITIES == ("STREET_ADDRESS",)


_FRAGMENTS = [
    "北京市",
    "朝阳区",
    "镇",
    "村",
    "中山",
    "路",
    "大道",
    "道",
    "街",
    "华清嘉园",
    "小区",
    "12",
    "5",
    "2十3",
    "1千7百08",
    "号",
    "号楼",
    "栋",
    "幢",
    "座",
    "A",
    "东",
    "单元",
    "室",
    "楼",
    "组",
    "弄",
    "段",
    "地址：",
    "在",
    "，",
    "邮编",
    "518057",
    " ",
]


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.lists(st.sampled_from(_FRAGMENTS), max_size=14).map("".join), st.text(max_size=40)))
def test_prefilter_never_hides_a_finding(text: str) -> None:
    if not REC.may_match(text):
        assert REC.find(text) == []


def test_inside_presidio_analyzer_engine() -> None:
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    nlp = NlpEngineProvider(
        nlp_configuration={"nlp_engine_name": "no_op", "models": [{"lang_code": "en", "model_name": "no_op"}]}
    ).create_engine()
    registry = RecognizerRegistry(supported_languages=["en"])
    for rec in recognizers("en"):
        registry.add_recognizer(rec)
    engine = AnalyzerEngine(nlp_engine=nlp, registry=registry, supported_languages=["en"])
    text = fold("收货地址：北京市朝阳区建国路88号SOHO现代城A座1808室，电话见下")
    results = engine.analyze(text=text, language="en", entities=["STREET_ADDRESS"])
    assert [(text[r.start : r.end], r.entity_type) for r in results] == [
        ("北京市朝阳区建国路88号SOHO现代城A座1808室", "STREET_ADDRESS")
    ]
    assert results[0].score >= 0.85
    assert engine.analyze(text=fold("乘坐三号线到人民广场站"), language="en") == []
