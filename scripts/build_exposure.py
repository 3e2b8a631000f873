"""Build data/role_exposure.csv and data/role_exposure_occupations.csv from the shared datasets.

Usage::

    python scripts/build_exposure.py [--src PATH] [--out PATH]

Sources (default ``<repo>/../shared/datasets/ai_exposure``; never read by the app):

* ``soc_ai_applicability_scores.csv``: Microsoft's AI applicability score of 785 SOC 2018
  occupations (Tomlinson et al. 2025, "Working with AI", CC BY 4.0). Copied whole into
  ``role_exposure_occupations.csv`` (the distribution the app plots and ranks against).
* ``gpts_are_gpts_occ_level.csv``: GPTs-are-GPTs exposure ratings of 923 O*NET-SOC
  occupations (Eloundou et al. 2024, MIT). Only the β of the O*NET occupations behind our
  roles is kept, in ``role_exposure.csv``.
* ``role_soc_mapping_proposal.csv``: a first proposal of which SOC codes stand for each
  role. It is *not* used as is: :data:`MAPPING` below is the reviewed mapping, every row with
  its reason in both languages; the script prints how it differs from the proposal.

The licence files travel with the data into ``data/licences/``. The output is
deterministic: same input, same bytes (a test rebuilds and compares with the committed files).
"""

from __future__ import annotations

import argparse
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SRC = REPO.parent / "shared" / "datasets" / "ai_exposure"
DEFAULT_OUT = REPO / "data"
MS_FILE = "soc_ai_applicability_scores.csv"
GPTS_FILE = "gpts_are_gpts_occ_level.csv"
PROPOSAL_FILE = "role_soc_mapping_proposal.csv"
LICENCE_FILES = (
    "working-with-ai.LICENSE.txt",
    "working-with-ai.NOTICE.md",
    "gpts-are-gpts.LICENSE",
)
ROLE_COLUMNS = [
    "role_id",
    "soc_code",
    "soc_title",
    "mapping",
    "reason_zh",
    "reason_en",
    "onet_soc_code",
    "onet_title",
    "gpts_beta_human",
    "gpts_beta_gpt4",
]
OCC_COLUMNS = ["soc_code", "title", "ai_applicability_score"]


@dataclass(frozen=True)
class Row:
    """One reviewed mapping row: a role, a SOC code and why it stands for the role.

    ``onet`` is the O*NET-SOC occupation whose GPTs-are-GPTs rating is used; by default the
    SOC code's own ``.00`` occupation. Catch-all codes (``...-..99``) have no ``.00`` and
    must name one.
    """

    role_id: str
    soc: str
    mapping: str  # primary | secondary | proxy
    reason_zh: str
    reason_en: str
    onet: str = ""


# Reviewed against the proposal row by row. "primary": the SOC occupation the role's work
# falls under; "secondary": another occupation that does part of the role's work; "proxy": no
# SOC occupation covers the role (product manager, MLOps, AI governance, prompt design, data
# annotation have none), so a neighbouring one stands in. Changes from the proposal:
# mlops_engineer, prompt_designer and data_annotator were "primary"/"secondary" and are
# proxies; ai_ethics_specialist too; product_manager no longer uses 15-1299 "Computer
# Occupations, All Other" (a grab-bag of web administrators, GIS technicians and blockchain
# engineers says little about product management); data_engineer's β uses the O*NET
# occupation Data Warehousing Specialists (ETL and warehouses) filed under 15-1243.
MAPPING: tuple[Row, ...] = (
    Row(
        "algorithm_engineer",
        "15-2051",
        "primary",
        "SOC 2018 的“数据科学家”定义明确包括数据建模与机器学习，即构建和训练模型。",
        "The SOC 2018 definition of Data Scientists names data modelling and machine "
        "learning: building and training models.",
    ),
    Row(
        "algorithm_engineer",
        "15-1252",
        "secondary",
        "把模型写成可上线的生产代码也是这份工作的一大部分。",
        "Turning models into production code is a large part of the job.",
    ),
    Row(
        "data_engineer",
        "15-1243",
        "primary",
        "O*NET 把“数据仓库专员”（ETL、数据仓库）归在此代码下，这正是数据工程师的工作；"
        "β 取该 O*NET 职业。",
        "O*NET files Data Warehousing Specialists (ETL, warehouses), the data engineer's "
        "work, under this code; β is that O*NET occupation's.",
        "15-1243.01",
    ),
    Row(
        "data_engineer",
        "15-1242",
        "secondary",
        "让数据库快速、有备份、权限受控也是工作的一部分。",
        "Keeping databases fast, backed up and access-controlled is part of the work.",
    ),
    Row(
        "product_manager",
        "11-3021",
        "proxy",
        "SOC 没有“产品经理”；最接近的是规划、指挥和协调技术团队的计算机与信息系统经理。",
        "SOC has no product-manager code; the nearest is the manager who plans, directs and "
        "coordinates technology teams.",
    ),
    Row(
        "product_manager",
        "11-2021",
        "proxy",
        "产品经理常被统计在营销经理下：调研用户需求、确定产品定位、衡量采用情况。",
        "Product managers are often counted as marketing managers: they research user needs, "
        "position the product and measure its uptake.",
    ),
    Row(
        "content_creator",
        "27-3043",
        "primary",
        "起草、修改并对发布的文字负责，是多数内容创作工作的核心。",
        "Drafting, editing and answering for published text is the core of most content work.",
    ),
    Row(
        "content_creator",
        "27-1024",
        "secondary",
        "用 AI 工具制作和修改图像与视觉素材。",
        "Images and visual assets made and edited with AI tools.",
    ),
    Row(
        "content_creator",
        "27-1014",
        "secondary",
        "用 AI 工具制作视频与动画。",
        "Video and animation made with AI tools.",
    ),
    Row(
        "mlops_engineer",
        "15-1299",
        "proxy",
        "SOC 没有 MLOps/DevOps；未单列的计算机职业归入此兜底代码。微软分数覆盖整个代码，"
        "β 取其中的 O*NET 职业“计算机系统工程师/架构师”。",
        "SOC has no MLOps or DevOps code; computer occupations without their own code are "
        "counted in this catch-all. The Microsoft score covers the whole code; β is its "
        "O*NET occupation Computer Systems Engineers/Architects.",
        "15-1299.08",
    ),
    Row(
        "mlops_engineer",
        "15-1244",
        "proxy",
        "运行、监控和恢复训练与推理所用的服务器。",
        "Running, monitoring and recovering the servers that training and inference run on.",
    ),
    Row(
        "mlops_engineer",
        "15-1252",
        "proxy",
        "编写流水线与部署代码（CI/CD）。",
        "Writing the pipeline and deployment code (CI/CD).",
    ),
    Row(
        "ai_ethics_specialist",
        "13-1041",
        "proxy",
        "SOC 没有 AI 治理岗位；合规专员检查是否符合法律和规则，是最接近的工作。",
        "SOC has no AI-governance code; compliance officers check conformity with laws and "
        "rules, the closest work.",
    ),
    Row(
        "ai_ethics_specialist",
        "15-1212",
        "proxy",
        "评估并降低计算机系统的风险，对应 AI 风险工作中偏技术的一面。",
        "Assessing and reducing the risks of computer systems: the technical side of AI risk work.",
    ),
    Row(
        "prompt_designer",
        "27-3042",
        "proxy",
        "SOC 没有提示词或对话设计岗位；为技术场景写精确的说明和文档是最接近的工作。",
        "SOC has no prompt- or conversation-design code; writing precise instructions and "
        "documentation for technical use is the closest work.",
    ),
    Row(
        "prompt_designer",
        "15-1255",
        "proxy",
        "设计对话流程相当于为聊天窗口做界面设计。",
        "Designing conversation flows is interface design for a chat window.",
    ),
    Row(
        "prompt_designer",
        "15-1253",
        "proxy",
        "建立评测集、找出失败案例，就是测试工作。",
        "Building evaluation sets and finding failure cases is testing.",
    ),
    Row(
        "ai_researcher",
        "15-1221",
        "primary",
        "发明并验证新的计算方法（包括 AI）并发表成果，正是这个职业的定义。",
        "Inventing and testing new computing methods, AI included, and publishing them is "
        "this occupation's definition.",
    ),
    Row(
        "ai_app_engineer",
        "15-1252",
        "primary",
        "基于模型 API 开发应用就是软件开发。",
        "Building applications on model APIs is software development.",
    ),
    Row(
        "ai_app_engineer",
        "15-1254",
        "secondary",
        "许多 AI 应用是网页服务和聊天前端。",
        "Many AI applications are web services and chat front ends.",
    ),
    Row(
        "data_annotator",
        "43-9021",
        "proxy",
        "SOC 没有数据标注岗位；按规则手工录入并核对数据是最接近的文职工作。",
        "SOC has no data-annotation code; entering and checking data by hand against rules "
        "is the closest clerical work.",
    ),
    Row(
        "data_annotator",
        "43-9111",
        "proxy",
        "为统计研究整理和核对数据；第二个数据类文职职业，用来显示差异范围。",
        "Compiling and checking data for studies: a second clerical data occupation, to show "
        "the spread.",
    ),
)


def _fmt(value: float) -> str:
    """A score with enough digits to keep every source value distinct, and stable text."""
    return f"{float(value):.8f}"


def read_sources(src: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The Microsoft table (``soc_code, title, score``) and the GPTs-are-GPTs table."""
    ms = pd.read_csv(src / MS_FILE, dtype={"SOC Code": str})
    ms = ms.rename(
        columns={"SOC Code": "soc_code", "ai_applicability_score": "ai_applicability_score"}
    )
    if not ms["soc_code"].is_unique:
        raise ValueError(f"{MS_FILE}: duplicate SOC codes")
    gpts = pd.read_csv(src / GPTS_FILE, dtype={"O*NET-SOC Code": str})
    gpts = gpts.rename(columns={"O*NET-SOC Code": "onet_soc_code", "Title": "onet_title"})
    return ms, gpts


def build(src: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``(role_exposure, occupations)`` as all-string DataFrames; raises on an unknown code."""
    ms, gpts = read_sources(src)
    titles = dict(zip(ms["soc_code"], ms["title"], strict=True))
    by_onet = gpts.set_index("onet_soc_code")
    rows = []
    for r in MAPPING:
        if r.soc not in titles:
            raise ValueError(f"{r.role_id}: SOC {r.soc} is not in {MS_FILE}")
        onet = r.onet or f"{r.soc}.00"
        if onet not in by_onet.index or not onet.startswith(r.soc):
            raise ValueError(f"{r.role_id}: O*NET-SOC {onet} is not in {GPTS_FILE} under {r.soc}")
        g = by_onet.loc[onet]
        rows.append(
            {
                "role_id": r.role_id,
                "soc_code": r.soc,
                "soc_title": titles[r.soc],
                "mapping": r.mapping,
                "reason_zh": r.reason_zh,
                "reason_en": r.reason_en,
                "onet_soc_code": onet,
                "onet_title": g["onet_title"],
                "gpts_beta_human": _fmt(g["human_rating_beta"]),
                "gpts_beta_gpt4": _fmt(g["dv_rating_beta"]),
            }
        )
    roles = pd.DataFrame(rows, columns=ROLE_COLUMNS)
    occ = pd.DataFrame(
        {
            "soc_code": ms["soc_code"],
            "title": ms["title"],
            "ai_applicability_score": [_fmt(v) for v in ms["ai_applicability_score"]],
        },
        columns=OCC_COLUMNS,
    ).sort_values("soc_code", kind="stable")
    return roles, occ.reset_index(drop=True)


def proposal_changes(src: Path) -> list[str]:
    """How :data:`MAPPING` differs from the proposal, one line per change."""
    prop = pd.read_csv(src / PROPOSAL_FILE, dtype=str)
    proposed = {(r["role_id"], r["soc_code"]): r["mapping"] for r in prop.to_dict("records")}
    ours = {(r.role_id, r.soc): r.mapping for r in MAPPING}
    out = []
    for key in sorted(proposed.keys() | ours.keys()):
        before, after = proposed.get(key), ours.get(key)
        if before != after:
            out.append(f"{key[0]} {key[1]}: {before or '-'} -> {after or 'dropped'}")
    return out


def to_csv(df: pd.DataFrame) -> str:
    """The CSV text written (LF line ends, UTF-8 without BOM)."""
    return df.to_csv(index=False, lineterminator="\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", type=Path, default=DEFAULT_SRC)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    try:
        roles, occ = build(args.src)
        changes = proposal_changes(args.src)
    except (OSError, ValueError, KeyError) as exc:
        print(f"build_exposure: {exc}", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "role_exposure.csv").write_text(to_csv(roles), encoding="utf-8")
    (args.out / "role_exposure_occupations.csv").write_text(to_csv(occ), encoding="utf-8")
    licences = args.out / "licences"
    licences.mkdir(exist_ok=True)
    for name in LICENCE_FILES:
        shutil.copyfile(args.src / name, licences / name)
    print(f"wrote {len(roles)} role rows, {len(occ)} occupations, {len(LICENCE_FILES)} licences")
    for line in changes:
        print(f"  changed from the proposal: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
