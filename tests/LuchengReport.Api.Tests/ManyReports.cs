namespace LuchengReport.Api.Tests;

/// <summary>
/// Reports written for these tests (invented places, speakers and numbers): one county over two years, whose second
/// report states the results of the first one's targets, and two more counties of the second year, which spell their
/// subjects their own way.
/// </summary>
static class ManyReports
{
    /// <summary>The first year: its main targets are judged by the next report.</summary>
    public const string QingtianFirst = """
        政府工作报告

        2023年1月12日在丽水市青田县
        第十八届人民代表大会第二次会议上

        青田县人民政府县长张三丰

        各位代表：
        一、2022年工作回顾
        （一）经济平稳增长。全县地区生产总值增长4.1%。
        二、2023年主要任务
        2023年经济社会发展的主要预期目标是：全县地区生产总值增长6.5%左右，一般公共预算收入增长5%-6%，规上工业增加值增长8%以上，居民消费价格涨幅控制在3%以内，城镇调查失业率控制在5.5%以内，单位地区生产总值能耗下降3%。
        （一）扩大有效投资。完成固定资产投资120亿元。
        """;

    /// <summary>The second year: the results of 2023 (one with no number) and its own targets, which nothing judges yet.</summary>
    public const string QingtianSecond = """
        政府工作报告

        2024年1月16日在丽水市青田县
        第十八届人民代表大会第三次会议上

        青田县人民政府县长张三丰

        各位代表：
        一、2023年工作回顾
        （一）经济稳中有进。全县生产总值增长7.1%，地方一般公共预算收入增长6.8%，规模以上工业增加值增长7.2%，居民消费价格上涨3.4%，单位地区生产总值能耗下降3.6%，城镇调查失业率保持较低水平。
        二、2024年主要任务
        2024年经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇登记失业率控制在3%以内。
        """;

    /// <summary>Another county of 2024, with the growth target as 经济增长 and a surveyed unemployment rate.</summary>
    public const string Wencheng = """
        政府工作报告

        2024年1月20日在温州市文成县
        第十七届人民代表大会第四次会议上

        文成县人民政府县长李四光

        各位代表：
        一、2023年工作回顾
        （一）经济稳步回升。全县地区生产总值增长6.2%。
        二、2024年主要任务
        2024年经济社会发展的主要预期目标是：经济增长7%以上，城镇调查失业率控制在5%左右。
        """;

    /// <summary>A third county of 2024, with a range for its GDP growth.</summary>
    public const string Taishun = """
        政府工作报告

        2024年1月22日在温州市泰顺县
        第十七届人民代表大会第四次会议上

        泰顺县人民政府县长王五常

        各位代表：
        一、2023年工作回顾
        （一）经济持续向好。全县地区生产总值增长5.9%。
        二、2024年主要任务
        2024年经济社会发展的主要预期目标是：全县生产总值增长6.5%-7%，居民消费价格涨幅3%左右。
        """;

    public static void Write(string seedsPath)
    {
        File.WriteAllText(Path.Combine(seedsPath, "qingtian-2023.txt"), QingtianFirst);
        File.WriteAllText(Path.Combine(seedsPath, "qingtian-2024.txt"), QingtianSecond);
        File.WriteAllText(Path.Combine(seedsPath, "wencheng-2024.txt"), Wencheng);
        File.WriteAllText(Path.Combine(seedsPath, "taishun-2024.txt"), Taishun);
    }
}

/// <summary>The API over the bundled report and the four invented ones.</summary>
public sealed class ManyReportsFixture : ApiFixture
{
    protected override void PrepareSeeds(string seedsPath) => ManyReports.Write(seedsPath);
}
