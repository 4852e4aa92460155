using System.Text.RegularExpressions;
using LuchengReport.Core.Parsing;

namespace LuchengReport.Core.Projects;

internal enum ListKind { Neutral, Projects, NotProjects }

/// <summary>
/// What the words after "等" say the listed things are: projects ("等重点项目建设", "等一批…高能级平台",
/// "等综合体建设", "等核心板块") or something else ("等智慧治理品牌", "等举措", "等重点区域和场所防控").
/// Any noun for something else decides: "等公共基础设施体系" is about systems, "等区级改革项目" about reforms.
/// </summary>
internal static partial class ListKinds
{
    public static ListKind Of(string descriptor)
    {
        // The nouns Noun() matches, found with a word table (see Nouns); a match is "other" when its word is one.
        bool any = false;
        for (int at = Nouns.Next(descriptor, 0, 0, descriptor.Length, out var word); at >= 0;
             at = Nouns.Next(descriptor, at + word.Length, 0, descriptor.Length, out word))
        {
            if (OtherNouns.Contains(word)) return ListKind.NotProjects;
            any = true;
        }
        return any ? ListKind.Projects : ListKind.Neutral;
    }

    /// <summary>Nouns for works and places ("project") against nouns for anything else ("other").</summary>
    [GeneratedRegex("(?<project>" + ProjectNouns + ")|(?<other>" + OtherNounList + ")")]
    internal static partial Regex Noun();

    const string ProjectNouns = "项目|工程|平台|示范带|综合体|枢纽|板块|园区|实体市场|街区|设施|场馆";
    const string OtherNounList = "品牌|举措|措施|活动|做法|政策|改革|机制|行动|计划|成果|区域|场所|工作|要素|企业|人群|业态|问题|习惯|事业|体系|领域|行为|乱象|管理|人员|产品|服务|试点|案例|模式|方式|路径|经验|制度|银行";

    /// <summary>
    /// <see cref="Noun"/>'s words in its order, project nouns first, so the table finds the regex's matches; no word is
    /// in both lists, so a match's word tells its group.
    /// </summary>
    internal static readonly WordTable Nouns = WordTable.Parse(ProjectNouns + "|" + OtherNounList);
    static readonly HashSet<string> OtherNouns = [.. OtherNounList.Split('|')];
}
