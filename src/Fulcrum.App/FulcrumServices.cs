using Fulcrum.App.Alarms;
using Fulcrum.App.Balance;
using Fulcrum.App.Bargain;
using Fulcrum.App.Brief;
using Fulcrum.App.Cases;
using Fulcrum.App.Discover;
using Fulcrum.App.Events;
using Fulcrum.App.Examine;
using Fulcrum.App.Feeds;
using Fulcrum.App.Ingest;
using Fulcrum.App.Journal;
using Fulcrum.App.Loop;
using Fulcrum.App.Panel;
using Fulcrum.App.Questions;
using Fulcrum.App.Signposts;
using Fulcrum.App.Weights;
using Fulcrum.Events.Store;

namespace Fulcrum.App;

/// <summary>
/// Every application service, built once per host from the store engines it registers and its clock.
/// A host parses its input into a request, calls one of these, and renders the result record.
/// </summary>
public sealed class FulcrumServices
{
    /// <param name="stores">The store engines the host registers.</param>
    /// <param name="time">The host's clock.</param>
    /// <param name="questionCache">The folder where the runs of the cases' questions are kept between runs; null: in memory only.</param>
    public FulcrumServices(IEventStoreFactory stores, TimeProvider time, string? questionCache = null)
    {
        ArgumentNullException.ThrowIfNull(stores);
        ArgumentNullException.ThrowIfNull(time);
        Stores = stores;
        Time = time;
        Cases = new CaseService();
        Questions = new QuestionService(new QuestionRunCache(questionCache));
        Signposts = new SignpostService(Cases, stores, time);
        Examine = new ExamineService(Cases, stores, Signposts, Questions, time);
        Balance = new BalanceService(Cases, stores, time);
        Alarms = new AlarmsService(stores);
        Ingest = new IngestService(stores);
        Events = new EventQueryService(stores);
        Alignment = new AlignmentService();
        Bargain = new BargainService(time);
        Discover = new DiscoverService(Examine, time);
        Journal = new JournalService(Cases, stores);
        Outcomes = new OutcomeService(Cases, stores, time);
        Replay = new ReplayService(Cases, stores, Examine, time);
        Weights = new WeightsService(Cases);
        Panel = new PanelService(Cases, Questions);
        Feeds = new FeedService(Fulcrum.Feeds.FeedClient.Shared, time);
        Watch = new WatchService(Cases, stores, Ingest, Examine, Journal, Feeds, time);
        Brief = new BriefService(Cases, Examine, Balance, Journal, stores);
    }

    public IEventStoreFactory Stores { get; }
    public TimeProvider Time { get; }
    public CaseService Cases { get; }
    public QuestionService Questions { get; }
    public SignpostService Signposts { get; }
    public ExamineService Examine { get; }
    public BalanceService Balance { get; }
    public AlarmsService Alarms { get; }
    public IngestService Ingest { get; }
    public EventQueryService Events { get; }
    public AlignmentService Alignment { get; }
    public BargainService Bargain { get; }
    public DiscoverService Discover { get; }
    public JournalService Journal { get; }
    public OutcomeService Outcomes { get; }
    public ReplayService Replay { get; }
    public WeightsService Weights { get; }
    public PanelService Panel { get; }
    public FeedService Feeds { get; }
    public WatchService Watch { get; }
    public BriefService Brief { get; }
}
